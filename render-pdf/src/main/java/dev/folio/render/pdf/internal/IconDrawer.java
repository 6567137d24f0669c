package dev.folio.render.pdf.internal;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.Element;
import org.w3c.dom.svg.SVGDocument;

/**
 * Draws icons, written as {@code <object type="image/svg+xml" data="data:…">}, as vector graphics.
 * A guide prints the same hundred icons hundreds of times: each is parsed once per guide and drawn once
 * per size into a PDF form that every later use places again. ({@code <img src="….svg">} would make
 * openhtmltopdf parse and draw the SVG anew at every use: a fifth of the time of the English guide.)
 * One instance per rendering: a guide is laid out on one thread.
 */
final class IconDrawer implements FSObjectDrawerFactory {
    static final String TYPE = "image/svg+xml";
    private static final String DATA = "data:image/svg+xml;base64,";

    private final Map<String, Optional<Icon>> icons = new HashMap<>();

    /** A parsed icon and its view box. */
    private record Icon(GraphicsNode node, Rectangle2D viewBox) {
    }

    /** What a drawn icon is known by in the PDF: the same SVG at the same size is the same form. */
    private record FormKey(String data, float width, float height) {
    }

    @Override
    public boolean isReplacedObject(Element element) {
        return TYPE.equals(element.getAttribute("type")) && element.getAttribute("data").startsWith(DATA);
    }

    @Override
    public FSObjectDrawer createDrawer(Element element) {
        return isReplacedObject(element) ? this::draw : null;
    }

    private Map<Shape, String> draw(Element element, double x, double y, double width, double height,
            OutputDevice device, RenderingContext context, int dotsPerPixel) {
        String data = element.getAttribute("data");
        Optional<Icon> icon = icons.computeIfAbsent(data, IconDrawer::parse);
        if (icon.isPresent()) {
            float w = (float) (width / dotsPerPixel);
            float h = (float) (height / dotsPerPixel);
            Rectangle2D box = icon.get().viewBox();
            device.drawWithGraphics((float) x, (float) y, w, h, new FormKey(data, w, h), graphics -> {
                graphics.scale(w / box.getWidth(), h / box.getHeight());
                icon.get().node().paint(graphics);
            });
        }
        return null;
    }

    /** The icon's drawing, or empty for an SVG that is not one (a DOCTYPE, an entity, bad XML). */
    private static Optional<Icon> parse(String data) {
        byte[] svg;
        try {
            svg = Base64.getDecoder().decode(data.substring(DATA.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String markup = new String(svg, StandardCharsets.UTF_8).toUpperCase(java.util.Locale.ROOT);
        if (markup.contains("<!DOCTYPE") || markup.contains("<!ENTITY")) {
            return Optional.empty();
        }
        try {
            SVGDocument document = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName())
                    .createSVGDocument("file:///folio/icon.svg", new ByteArrayInputStream(svg));
            Element root = document.getDocumentElement();
            Rectangle2D viewBox = viewBox(root);
            // the viewport is the view box, so Batik maps it 1:1 and the caller only scales
            root.setAttribute("width", Double.toString(viewBox.getWidth()));
            root.setAttribute("height", Double.toString(viewBox.getHeight()));
            BridgeContext bridge = new BridgeContext(new Offline());
            bridge.setDynamicState(BridgeContext.STATIC);
            return Optional.of(new Icon(new GVTBuilder().build(bridge, document), viewBox));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Rectangle2D viewBox(Element root) {
        String[] numbers = root.getAttribute("viewBox").trim().split("[\\s,]+");
        if (numbers.length == 4) {
            try {
                double width = Double.parseDouble(numbers[2]);
                double height = Double.parseDouble(numbers[3]);
                if (width > 0 && height > 0) {
                    return new Rectangle2D.Double(Double.parseDouble(numbers[0]), Double.parseDouble(numbers[1]),
                            width, height);
                }
            } catch (NumberFormatException e) {
                // falls through to the icon sets' usual box
            }
        }
        return new Rectangle2D.Double(0, 0, 24, 24);
    }

    /** Batik's user agent without network, files or scripts: an icon is drawn from its own markup only. */
    private static final class Offline extends UserAgentAdapter {
        @Override
        public void checkLoadExternalResource(ParsedURL resource, ParsedURL document) {
            throw new SecurityException("icons load no other resource: " + resource);
        }

        @Override
        public void checkLoadScript(String type, ParsedURL script, ParsedURL document) {
            throw new SecurityException("icons run no script");
        }
    }
}
