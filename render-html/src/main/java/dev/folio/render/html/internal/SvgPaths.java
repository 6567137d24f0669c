package dev.folio.render.html.internal;

import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline of an icon's SVG (every {@code <path d="…">}, in its {@code viewBox}) as a Java2D shape,
 * for drawing the logo into a social card. Icons from the icon sets are single-colour paths, so their
 * outline is the whole picture. Anything it cannot read gives no shape, never an exception.
 */
final class SvgPaths {
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"([-\\d.\\s,]+)\"");
    private static final Pattern PATH = Pattern.compile("<path\\b[^>]*?\\sd=\"([^\"]*)\"");
    private static final Pattern TOKEN = Pattern.compile("[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private SvgPaths() {
    }

    /** The outline scaled into a {@code size}×{@code size} square at (x, y). */
    static Optional<Path2D> outline(String svg, double x, double y, double size) {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            return Optional.empty();
        }
        String[] numbers = box.group(1).trim().split("[\\s,]+");
        if (numbers.length != 4) {
            return Optional.empty();
        }
        try {
            double minX = Double.parseDouble(numbers[0]);
            double minY = Double.parseDouble(numbers[1]);
            double width = Double.parseDouble(numbers[2]);
            double height = Double.parseDouble(numbers[3]);
            Path2D.Double all = new Path2D.Double(Path2D.WIND_NON_ZERO);
            Matcher path = PATH.matcher(svg);
            while (path.find()) {
                all.append(parse(path.group(1)), false);
            }
            double scale = size / Math.max(width, height);
            AffineTransform fit = new AffineTransform();
            fit.translate(x + (size - width * scale) / 2, y + (size - height * scale) / 2);
            fit.scale(scale, scale);
            fit.translate(-minX, -minY);
            all.transform(fit);
            return all.getCurrentPoint() == null ? Optional.empty() : Optional.of(all);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** SVG path data: absolute and relative commands, implicit repeats, compact arc flags ("a1 1 0 01 2 2"). */
    private static Path2D parse(String data) {
        Path2D.Double path = new Path2D.Double();
        Tokens in = new Tokens(data);
        char command = 'M';
        double cx = 0;
        double cy = 0;
        double startX = 0;
        double startY = 0;
        double controlX = 0;
        double controlY = 0;
        char previous = ' ';
        while (in.hasMore()) {
            if (in.peekCommand()) {
                command = in.command();
            } else if (command == 'Z' || command == 'z') {
                throw new IllegalArgumentException("number after Z");
            }
            boolean relative = Character.isLowerCase(command);
            double ox = relative ? cx : 0;
            double oy = relative ? cy : 0;
            switch (Character.toUpperCase(command)) {
                case 'M' -> {
                    cx = ox + in.number();
                    cy = oy + in.number();
                    path.moveTo(cx, cy);
                    startX = cx;
                    startY = cy;
                    command = relative ? 'l' : 'L';
                }
                case 'L' -> {
                    cx = ox + in.number();
                    cy = oy + in.number();
                    path.lineTo(cx, cy);
                }
                case 'H' -> {
                    cx = ox + in.number();
                    path.lineTo(cx, cy);
                }
                case 'V' -> {
                    cy = oy + in.number();
                    path.lineTo(cx, cy);
                }
                case 'C', 'S' -> {
                    boolean smooth = Character.toUpperCase(command) == 'S';
                    double x1;
                    double y1;
                    if (smooth) {
                        boolean follows = "CcSs".indexOf(previous) >= 0;
                        x1 = follows ? 2 * cx - controlX : cx;
                        y1 = follows ? 2 * cy - controlY : cy;
                    } else {
                        x1 = ox + in.number();
                        y1 = oy + in.number();
                    }
                    controlX = ox + in.number();
                    controlY = oy + in.number();
                    cx = ox + in.number();
                    cy = oy + in.number();
                    path.curveTo(x1, y1, controlX, controlY, cx, cy);
                }
                case 'Q', 'T' -> {
                    if (Character.toUpperCase(command) == 'T') {
                        boolean follows = "QqTt".indexOf(previous) >= 0;
                        controlX = follows ? 2 * cx - controlX : cx;
                        controlY = follows ? 2 * cy - controlY : cy;
                    } else {
                        controlX = ox + in.number();
                        controlY = oy + in.number();
                    }
                    cx = ox + in.number();
                    cy = oy + in.number();
                    path.quadTo(controlX, controlY, cx, cy);
                }
                case 'A' -> {
                    double rx = Math.abs(in.number());
                    double ry = Math.abs(in.number());
                    double rotation = in.number();
                    boolean large = in.flag();
                    boolean sweep = in.flag();
                    double x = ox + in.number();
                    double y = oy + in.number();
                    arc(path, cx, cy, rx, ry, rotation, large, sweep, x, y);
                    cx = x;
                    cy = y;
                }
                case 'Z' -> {
                    path.closePath();
                    cx = startX;
                    cy = startY;
                }
                default -> throw new IllegalArgumentException("command " + command);
            }
            previous = command;
        }
        return path;
    }

    /** SVG's endpoint arc as Java2D's centre arc (SVG 1.1, appendix F.6.5). */
    private static void arc(Path2D path, double x0, double y0, double rx, double ry, double degrees,
            boolean large, boolean sweep, double x, double y) {
        if (rx == 0 || ry == 0 || (x0 == x && y0 == y)) {
            path.lineTo(x, y);
            return;
        }
        double angle = Math.toRadians(degrees % 360);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double dx = (x0 - x) / 2;
        double dy = (y0 - y) / 2;
        double x1 = cos * dx + sin * dy;
        double y1 = -sin * dx + cos * dy;
        double lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double numerator = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
        double denominator = rx * rx * y1 * y1 + ry * ry * x1 * x1;
        double coefficient = (large == sweep ? -1 : 1) * Math.sqrt(Math.max(0, numerator / denominator));
        double cx1 = coefficient * rx * y1 / ry;
        double cy1 = -coefficient * ry * x1 / rx;
        double centreX = cos * cx1 - sin * cy1 + (x0 + x) / 2;
        double centreY = sin * cx1 + cos * cy1 + (y0 + y) / 2;
        double start = Math.toDegrees(Math.atan2((y1 - cy1) / ry, (x1 - cx1) / rx));
        double end = Math.toDegrees(Math.atan2((-y1 - cy1) / ry, (-x1 - cx1) / rx));
        double extent = end - start;
        if (sweep && extent < 0) {
            extent += 360;
        } else if (!sweep && extent > 0) {
            extent -= 360;
        }
        // Java2D's angles run counter-clockwise in a y-up sense: negate them for SVG's y-down space.
        Arc2D.Double arc = new Arc2D.Double(-rx, -ry, 2 * rx, 2 * ry, -start, -extent, Arc2D.OPEN);
        AffineTransform place = AffineTransform.getTranslateInstance(centreX, centreY);
        place.rotate(angle);
        path.append(place.createTransformedShape(arc), true);
        Point2D current = path.getCurrentPoint();
        if (current == null || current.distance(x, y) > 1e-6) {
            path.lineTo(x, y);
        }
    }

    /** Commands and numbers of path data; arc flags may be single digits run together. */
    private static final class Tokens {
        private final String data;
        private int at;

        Tokens(String data) {
            this.data = data;
        }

        boolean hasMore() {
            skip();
            return at < data.length();
        }

        boolean peekCommand() {
            skip();
            return at < data.length() && Character.isLetter(data.charAt(at));
        }

        char command() {
            skip();
            return data.charAt(at++);
        }

        double number() {
            skip();
            Matcher matcher = TOKEN.matcher(data).region(at, data.length());
            if (!matcher.lookingAt() || Character.isLetter(data.charAt(at))) {
                throw new IllegalArgumentException("number expected at " + at);
            }
            at = matcher.end();
            return Double.parseDouble(matcher.group());
        }

        boolean flag() {
            skip();
            char c = data.charAt(at++);
            if (c != '0' && c != '1') {
                throw new IllegalArgumentException("flag expected at " + (at - 1));
            }
            return c == '1';
        }

        private void skip() {
            while (at < data.length() && (Character.isWhitespace(data.charAt(at)) || data.charAt(at) == ',')) {
                at++;
            }
        }
    }
}
