package dev.folio.render.pdf;

import dev.folio.model.Site;
import dev.folio.parser.FolioParser;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A small three-language project (English, Hebrew, Traditional Chinese) written to a folder and loaded by the parser. */
final class SampleSite {
    static final String MKDOCS = """
            site_name: Folio
            site_description: Publishing Markdown inside Maven builds
            copyright: The Folio authors
            theme:
              language: en
            extra:
              alternate:
                - lang: en
                  name: English
                - lang: he
                  name: עברית
                - lang: zh-Hant
                  name: 繁體中文
            nav:
              - Home: index.md
              - Guide:
                - Getting started: guide.md
            """;

    static final String EN_INDEX = """
            ---
            title: Welcome to Folio
            description: The start page
            ---
            # Welcome to Folio

            Folio publishes **Markdown** as a website and *printable* guides.
            Read [how to install it](guide.md#installing) or visit [the project](https://example.com).

            ## Features

            - [x] Tables and task lists
            - [ ] Tabs

            !!! warning "Mind the gap"
                Admonitions keep their colours and titles.

            | Name | Value |
            | --- | ---: |
            | alpha | 1 |
            | beta | 2 |

            ![A blue chart](assets/chart.png)

            ## Edge cases

            ![A missing picture](assets/nothere.png)

            ![A sneaky file](../../etc/passwd)

            Text with a footnote[^note] and raw <small>HTML <b>bold</small> that is unbalanced.

            [^note]: The footnote explains it.
            """;

    static final String EN_GUIDE = """
            # Getting started

            Back to the [start page](index.md).

            ## Installing

            Add the plugin to your build:

            ```xml title="pom.xml"
            <plugin>
              <groupId>dev.folio</groupId>
            </plugin>
            ```

            === "Maven"

                Run `mvn install`.

            === "Wrapper"

                Run `./mvnw install`.

            ??? note "Printed open"
                Collapsible blocks are printed open.

            Press ++ctrl+c++ to copy.

            ## Configuring

            Nothing to configure.
            """;

    static final String HE_INDEX = """
            ---
            title: ברוכים הבאים ל-Folio
            ---
            # ברוכים הבאים ל-Folio

            Folio מפרסם מסמכי Markdown כאתר וכמדריכים להדפסה.

            המדריך מסביר הכול בפירוט רב ובשפה פשוטה. Read the **full guide** at [our site](https://example.com/guide) before you start. תודה רבה לכל התורמים שלנו על העזרה.

            ## תכונות

            טבלאות, רשימות ותיבות הערה עובדות גם מימין לשמאל.
            """;

    static final String ZH_INDEX = """
            ---
            title: 歡迎使用 Folio
            ---
            # 歡迎使用 Folio

            Folio 將 Markdown 發佈為網站和可列印的指南。

            ## 功能

            表格、清單和提示框都能正確顯示繁體中文。
            """;

    private SampleSite() {
    }

    /** Writes the project under {@code root} and loads it. */
    static Site load(Path root) {
        try {
            write(root.resolve("mkdocs.yml"), MKDOCS);
            write(root.resolve("docs/index.md"), EN_INDEX);
            write(root.resolve("docs/guide.md"), EN_GUIDE);
            write(root.resolve("i18n/he/index.md"), HE_INDEX);
            write(root.resolve("i18n/zh-Hant/index.md"), ZH_INDEX);
            BufferedImage chart = new BufferedImage(1600, 400, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = chart.createGraphics();
            g.setColor(new Color(0x3f51b5));
            g.fillRect(0, 0, 1600, 400);
            g.dispose();
            Files.createDirectories(root.resolve("docs/assets"));
            ImageIO.write(chart, "png", root.resolve("docs/assets/chart.png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FolioParser.create().load(root);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
