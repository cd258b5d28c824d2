package vn.tochuc.portal.demo;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.GradientPaint;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Locale;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Illustrative stand-in photos for the demo content, drawn in code so nothing is downloaded.
 *
 * <p>Every picture is a flat, stylised illustration (conference hall, speaker at a podium, online
 * meeting, government building, award ceremony, office) built only from Java2D shapes and
 * gradients. The output is deterministic: the same arguments always produce the same bytes.
 * Works headless; no fonts and no text are used.
 */
public final class DemoPhotos {

    private static final float JPEG_QUALITY = 0.85f;
    private static final int MAX_SIDE = 4096;

    private DemoPhotos() {
    }

    /**
     * Illustrative stand-in photos for the demo content, drawn in code so nothing is downloaded.
     *
     * @param scene  one of {@code hall, podium, meeting, outdoor, ceremony, office}; anything else
     *               (including {@code null}) falls back to {@code hall}
     * @param seed   varies palette, people, layout and lighting
     * @param width  output width in pixels (1..4096)
     * @param height output height in pixels (1..4096)
     * @return JPEG bytes
     */
    public static byte[] renderJpeg(String scene, long seed, int width, int height) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("Unsupported image size " + width + "x" + height);
        }
        String key = normalise(scene);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setComposite(AlphaComposite.SrcOver);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);

            // Virtual canvas: height 1000, width follows the aspect ratio (clamped), scaled to cover.
            double aspect = (double) width / height;
            double vw = 1000.0 * Math.max(1.2, Math.min(2.0, aspect));
            double s = Math.max(width / vw, height / 1000.0);
            AffineTransform device = g.getTransform();
            g.translate((width - vw * s) / 2.0, (height - 1000.0 * s) / 2.0);
            g.scale(s, s);

            Painter p = new Painter(g, new Random(mixSeed(seed, key)), vw, s);
            switch (key) {
                case "podium" -> p.podium();
                case "meeting" -> p.meeting();
                case "outdoor" -> p.outdoor();
                case "ceremony" -> p.ceremony();
                case "office" -> p.office();
                default -> p.hall();
            }
            g.setTransform(device);
            p.finish(width, height);
        } finally {
            g.dispose();
        }
        return encode(img);
    }

    private static String normalise(String scene) {
        if (scene == null) {
            return "hall";
        }
        String k = scene.trim().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "hall", "podium", "meeting", "outdoor", "ceremony", "office" -> k;
            default -> "hall";
        };
    }

    private static long mixSeed(long seed, String key) {
        long z = seed + 0x9E3779B97F4A7C15L * (key.hashCode() + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static byte[] encode(BufferedImage img) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IllegalStateException("No JPEG ImageWriter available");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bos = new ByteArrayOutputStream(img.getWidth() * img.getHeight() / 6 + 1024);
        try {
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bos)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                writer.write(null, new IIOImage(img, null, null), param);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bos.toByteArray();
    }

    // ------------------------------------------------------------------------------------------

    private record Person(Color skin, Color hair, Color suit, Color shirt, Color tie, Color trousers,
                          boolean female, int hairStyle, boolean aoDai) {

        Person dim(double f) {
            return new Person(darker(skin, f), darker(hair, f), darker(suit, f), darker(shirt, f),
                    tie == null ? null : darker(tie, f), darker(trousers, f), female, hairStyle, aoDai);
        }
    }

    private static final Color BLACK = new Color(0, 0, 0);
    private static final Color WHITE = new Color(255, 255, 255);

    private static Color rgb(int v) {
        return new Color(v);
    }

    private static int clamp255(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color(clamp255(a.getRed() + (b.getRed() - a.getRed()) * t),
                clamp255(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                clamp255(a.getBlue() + (b.getBlue() - a.getBlue()) * t),
                clamp255(a.getAlpha() + (b.getAlpha() - a.getAlpha()) * t));
    }

    private static Color darker(Color c, double f) {
        return mix(c, new Color(0, 0, 0, c.getAlpha()), f);
    }

    private static Color lighter(Color c, double f) {
        return mix(c, new Color(255, 255, 255, c.getAlpha()), f);
    }

    private static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), clamp255(a * 255));
    }

    /** Draws one scene into a virtual canvas of {@code W x 1000}. */
    private static final class Painter {
        private static final double H = 1000;

        private final Graphics2D g;
        private final Random r;
        private final double W;
        /** Size of one device pixel in virtual units (for level-of-detail decisions). */
        private final double px;
        private final Color red;
        private final Color gold;
        private final Color neutral;
        private final Color blue;
        private final Color wood;
        private final Color carpet;
        private final Color flagRed;
        private final Color starYellow;
        private final Color warmLight;
        private final double warmth;
        private final Color[] flowerColors;

        Painter(Graphics2D g, Random r, double w, double deviceScale) {
            this.g = g;
            this.r = r;
            this.W = w;
            this.px = 1.0 / deviceScale;
            red = jitter(pickI(0xb71c1c, 0xc62828, 0xa81d1d, 0xb3261e, 0x9f1d20), 10);
            gold = jitter(pickI(0xf9a825, 0xfbc02d, 0xf2b233, 0xeaa61c), 8);
            neutral = jitter(pickI(0xefe6d8, 0xe9dcc6, 0xf2ece2, 0xe3d5c0, 0xe8e2d6, 0xdfe3e6), 6);
            blue = jitter(pickI(0x1e3a5f, 0x27496d, 0x1f4e79, 0x2c4a6e, 0x1d5a9e), 8);
            wood = jitter(pickI(0x8d5a3b, 0x7b4a2e, 0x9c6b45, 0x6d4c3d, 0xa0744f), 8);
            carpet = pickC(darker(red, .35), mix(blue, BLACK, .25), jitter(0x5d4037, 6), jitter(0x7f1d1d, 6),
                    jitter(0x4a5560, 6));
            flagRed = jitter(0xda251d, 5);
            starYellow = rgb(0xffde00);
            warmth = rnd(-0.5, 1.0);
            warmLight = warmth > 0 ? rgb(0xfff1d6) : rgb(0xf2f6ff);
            int[][] palettes = {
                {0xfdd835, 0xffb300, 0xfff176},
                {0xd32f2f, 0xfdd835, 0xfafafa},
                {0xec407a, 0xfafafa, 0xf8bbd0},
                {0xff7043, 0xfdd835, 0xc62828},
                {0xfafafa, 0xfdd835, 0xf48fb1},
                {0xc62828, 0xff8a65, 0xfff59d},
            };
            int[] pal = palettes[r.nextInt(palettes.length)];
            flowerColors = new Color[pal.length];
            for (int i = 0; i < pal.length; i++) {
                flowerColors[i] = jitter(pal[i], 6);
            }
        }

        // ---------------------------------------------------------------- random helpers

        double rnd(double a, double b) {
            return a + (b - a) * r.nextDouble();
        }

        int pickI(int... v) {
            return v[r.nextInt(v.length)];
        }

        Color pickC(Color... v) {
            return v[r.nextInt(v.length)];
        }

        Color jitter(int rgbValue, int amount) {
            Color c = rgb(rgbValue);
            int d = r.nextInt(2 * amount + 1) - amount;
            return new Color(clamp255(c.getRed() + d + r.nextInt(5) - 2),
                    clamp255(c.getGreen() + d + r.nextInt(5) - 2),
                    clamp255(c.getBlue() + d + r.nextInt(5) - 2));
        }

        // ---------------------------------------------------------------- drawing helpers

        void fill(Shape s, Paint p) {
            g.setPaint(p);
            g.fill(s);
        }

        void stroke(Shape s, Paint p, double width) {
            g.setPaint(p);
            g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(s);
        }

        static Rectangle2D rect(double x, double y, double w, double h) {
            return new Rectangle2D.Double(x, y, w, h);
        }

        static RoundRectangle2D rr(double x, double y, double w, double h, double arc) {
            return new RoundRectangle2D.Double(x, y, w, h, arc, arc);
        }

        /** Ellipse by centre and radii. */
        static Ellipse2D ell(double cx, double cy, double rx, double ry) {
            return new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry);
        }

        static Path2D poly(double... xy) {
            Path2D p = new Path2D.Double();
            p.moveTo(xy[0], xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                p.lineTo(xy[i], xy[i + 1]);
            }
            p.closePath();
            return p;
        }

        static Line2D line(double x1, double y1, double x2, double y2) {
            return new Line2D.Double(x1, y1, x2, y2);
        }

        static Paint vg(double y0, Color c0, double y1, Color c1) {
            if (Math.abs(y1 - y0) < 1e-3) {
                y1 = y0 + 1;
            }
            return new GradientPaint(0f, (float) y0, c0, 0f, (float) y1, c1);
        }

        static Paint hg(double x0, Color c0, double x1, Color c1) {
            if (Math.abs(x1 - x0) < 1e-3) {
                x1 = x0 + 1;
            }
            return new GradientPaint((float) x0, 0f, c0, (float) x1, 0f, c1);
        }

        static Paint radial(double cx, double cy, double rad, Color c0, Color c1) {
            return new RadialGradientPaint((float) cx, (float) cy, (float) Math.max(1, rad),
                    new float[] {0f, 1f}, new Color[] {c0, c1});
        }

        void glow(double cx, double cy, double rad, Color c, double a) {
            rad = Math.max(1, rad);
            fill(ell(cx, cy, rad, rad), new RadialGradientPaint((float) cx, (float) cy, (float) rad,
                    new float[] {0f, 0.3f, 1f}, new Color[] {alpha(c, a), alpha(c, a * 0.45), alpha(c, 0)}));
        }

        void shadow(double cx, double cy, double rx, double ry, double a) {
            rx = Math.max(1, rx);
            AffineTransform at = g.getTransform();
            g.translate(cx, cy);
            g.scale(1, Math.max(0.01, ry / rx));
            fill(ell(0, 0, rx, rx), new RadialGradientPaint(0f, 0f, (float) rx,
                    new float[] {0f, 0.55f, 1f},
                    new Color[] {alpha(BLACK, a), alpha(BLACK, a * 0.55), alpha(BLACK, 0)}));
            g.setTransform(at);
        }

        /** Soft vertical folds, as on curtains and backdrops. */
        Paint folds(double x0, double period, double strength) {
            return new LinearGradientPaint(new Point2D.Double(x0, 0), new Point2D.Double(x0 + period, 0),
                    new float[] {0f, 0.3f, 0.65f, 1f},
                    new Color[] {alpha(BLACK, strength), alpha(WHITE, strength * 0.55), alpha(BLACK, strength * 0.2),
                        alpha(BLACK, strength)},
                    MultipleGradientPaint.CycleMethod.REPEAT);
        }

        static Path2D star(double cx, double cy, double outer, double rot) {
            Path2D p = new Path2D.Double();
            double inner = outer * 0.382;
            for (int i = 0; i < 10; i++) {
                double a = rot - Math.PI / 2 + i * Math.PI / 5;
                double rad = i % 2 == 0 ? outer : inner;
                double x = cx + rad * Math.cos(a);
                double y = cy + rad * Math.sin(a);
                if (i == 0) {
                    p.moveTo(x, y);
                } else {
                    p.lineTo(x, y);
                }
            }
            p.closePath();
            return p;
        }

        // ---------------------------------------------------------------- common props

        /** Stylised state emblem: rice wreath, red disc, gold star, cog. */
        void emblem(double cx, double cy, double rad) {
            glow(cx, cy, rad * 1.9, lighter(gold, .4), .22);
            Color g1 = lighter(gold, .15);
            Color g2 = darker(gold, .2);
            // cog at the bottom
            double cogY = cy + rad * 0.78;
            double cogR = rad * 0.26;
            AffineTransform at = g.getTransform();
            for (int i = 0; i < 10; i++) {
                g.setTransform(at);
                g.translate(cx, cogY);
                g.rotate(i * Math.PI / 5);
                fill(rect(-cogR * 0.16, -cogR * 1.25, cogR * 0.32, cogR * 0.4), g2);
            }
            g.setTransform(at);
            fill(ell(cx, cogY, cogR, cogR), vg(cogY - cogR, g1, cogY + cogR, g2));
            // rice wreath
            for (int side = -1; side <= 1; side += 2) {
                for (int i = 0; i < 11; i++) {
                    double th = Math.toRadians(102 + i * 15.5);
                    double wr = rad * 0.9;
                    double px = side < 0 ? cx + wr * Math.cos(th) : cx - wr * Math.cos(th);
                    double py = cy + wr * Math.sin(th);
                    g.setTransform(at);
                    g.translate(px, py);
                    g.rotate(side < 0 ? th + Math.PI / 2 + 0.5 : -(th + Math.PI / 2 + 0.5));
                    fill(ell(0, 0, rad * 0.17, rad * 0.075), i % 2 == 0 ? g1 : gold);
                }
            }
            g.setTransform(at);
            // disc
            double dr = rad * 0.7;
            fill(ell(cx, cy, dr + rad * 0.07, dr + rad * 0.07), vg(cy - dr, g1, cy + dr, g2));
            fill(ell(cx, cy, dr, dr), radial(cx - dr * .25, cy - dr * .3, dr * 1.3, lighter(flagRed, .12),
                    darker(flagRed, .2)));
            fill(star(cx, cy + dr * 0.04, dr * 0.72, 0), vg(cy - dr, lighter(starYellow, .2), cy + dr, gold));
            // ribbon
            fill(rr(cx - rad * 0.55, cy + rad * 0.98, rad * 1.1, rad * 0.2, rad * 0.08), vg(cy + rad, flagRed,
                    cy + rad * 1.18, darker(flagRed, .25)));
        }

        /** Gold valance with red swags along the top of a backdrop. */
        void valance(double x0, double x1, double y, double scale) {
            double sw = 70 * scale;
            double swH = 26 * scale;
            for (double x = x0; x < x1; x += sw) {
                double w = Math.min(sw, x1 - x);
                Arc2D arc = new Arc2D.Double(x, y - swH, w, swH * 2, 180, 180, Arc2D.CHORD);
                fill(arc, vg(y, darker(red, .1), y + swH, darker(red, .35)));
                Arc2D trim = new Arc2D.Double(x, y - swH, w, swH * 2, 180, 180, Arc2D.OPEN);
                stroke(trim, alpha(gold, .85), 3 * scale);
            }
            fill(rect(x0, y - 10 * scale, x1 - x0, 14 * scale), vg(y - 10 * scale, lighter(gold, .25), y + 4 * scale,
                    darker(gold, .2)));
        }

        /** A flag hanging from a pole (indoor style). */
        void drapedFlag(double px, double top, double bottom, double fw, double fh, boolean toRight) {
            double dir = toRight ? 1 : -1;
            shadow(px, bottom, 40, 8, .35);
            // pole
            fill(rect(px - 4, top, 8, bottom - top), hg(px - 4, lighter(gold, .3), px + 4, darker(gold, .35)));
            fill(poly(px - 9, top, px + 9, top, px, top - 30), vg(top - 30, lighter(gold, .3), top, darker(gold, .2)));
            fill(ell(px, top + 2, 8, 5), gold);
            fill(rr(px - 26, bottom - 12, 52, 14, 8), darker(gold, .3));
            double y0 = top + 14;
            Path2D f = new Path2D.Double();
            f.moveTo(px, y0);
            f.quadTo(px + dir * fw * 0.55, y0 + fh * 0.02, px + dir * fw, y0 + fh * 0.16);
            f.quadTo(px + dir * fw * 1.04, y0 + fh * 0.6, px + dir * fw * 0.8, y0 + fh * 1.02);
            f.quadTo(px + dir * fw * 0.45, y0 + fh * 1.05, px + dir * 5, y0 + fh * 0.86);
            f.closePath();
            fill(f, vg(y0, lighter(flagRed, .05), y0 + fh, darker(flagRed, .15)));
            double sx = px + dir * fw * 0.5;
            double sy = y0 + fh * 0.48;
            fill(star(sx, sy, fh * 0.2, dir * 0.08), starYellow);
            fill(f, folds(px, fw / 2.6, .16));
            // gold fringe on free edge
            Path2D fr = new Path2D.Double();
            fr.moveTo(px + dir * fw, y0 + fh * 0.16);
            fr.quadTo(px + dir * fw * 1.04, y0 + fh * 0.6, px + dir * fw * 0.8, y0 + fh * 1.02);
            stroke(fr, alpha(gold, .9), 5);
        }

        /** A flag flying from the top of a pole (outdoor style). */
        void wavingFlag(double px, double top, double fw, double fh, double phase) {
            int n = 24;
            double amp = fh * 0.09;
            Path2D f = new Path2D.Double();
            for (int i = 0; i <= n; i++) {
                double t = (double) i / n;
                double x = px + t * fw;
                double y = top + amp * Math.sin(phase + t * 7.5) * t;
                if (i == 0) {
                    f.moveTo(x, y);
                } else {
                    f.lineTo(x, y);
                }
            }
            for (int i = n; i >= 0; i--) {
                double t = (double) i / n;
                double x = px + t * fw - t * t * fw * 0.04;
                double y = top + fh + amp * Math.sin(phase + t * 7.5 + 0.4) * t + t * fh * 0.05;
                f.lineTo(x, y);
            }
            f.closePath();
            fill(f, flagRed);
            double off = amp * Math.sin(phase + 0.5 * 7.5) * 0.5;
            fill(star(px + fw * 0.5, top + fh * 0.5 + off + fh * 0.02, fh * 0.3, 0), starYellow);
            double period = 2 * Math.PI / 7.5 * fw;
            fill(f, new LinearGradientPaint(new Point2D.Double(px - phase / 7.5 * fw, 0),
                    new Point2D.Double(px - phase / 7.5 * fw + period, 0), new float[] {0f, .25f, .5f, .75f, 1f},
                    new Color[] {alpha(WHITE, .0), alpha(WHITE, .16), alpha(WHITE, 0), alpha(BLACK, .2), alpha(WHITE, 0)},
                    MultipleGradientPaint.CycleMethod.REPEAT));
        }

        /** A mound of flowers (as placed in front of a lectern or along a stage edge). */
        void flowers(double cx, double baseY, double w, double h, int n) {
            shadow(cx, baseY, w * .55, h * .1, .35);
            Color leaf = jitter(0x2f6b37, 10);
            AffineTransform at = g.getTransform();
            int nl = n / 2 + 5;
            for (int i = 0; i < nl; i++) {
                double a = rnd(Math.PI * 1.02, Math.PI * 1.98);
                double d = Math.sqrt(rnd(0.3, 1.0));
                double x = cx + Math.cos(a) * d * w * 0.52;
                double y = baseY + Math.sin(a) * d * h * 0.92;
                g.setTransform(at);
                g.translate(x, y);
                g.rotate(Math.atan2(y - baseY, x - cx) + rnd(-.4, .4));
                fill(ell(w * .06, 0, w * .09, w * .03), i % 3 == 0 ? lighter(leaf, .18) : leaf);
            }
            g.setTransform(at);
            double[][] pts = new double[n][4];
            for (int i = 0; i < n; i++) {
                double a = rnd(Math.PI, Math.PI * 2);
                double d = Math.sqrt(r.nextDouble());
                pts[i][0] = cx + Math.cos(a) * d * w * 0.46;
                pts[i][1] = baseY + Math.sin(a) * d * h * 0.82 - h * 0.04;
                pts[i][2] = r.nextInt(flowerColors.length);
                pts[i][3] = rnd(0.8, 1.2);
            }
            Arrays.sort(pts, Comparator.comparingDouble(p -> p[1]));
            double pr = w * 0.05;
            for (double[] p : pts) {
                blossom(p[0], p[1], pr * p[3], flowerColors[(int) p[2]]);
            }
        }

        void blossom(double x, double y, double rad, Color c) {
            double rot = rnd(0, 1);
            if (rad < 2.5 * px) {
                fill(ell(x, y, rad, rad), c);
                fill(ell(x, y, rad * .3, rad * .3), darker(c, .35));
                return;
            }
            if (rad < 6 * px) {
                fill(ell(x, y, rad, rad), darker(c, .18));
                fill(ell(x - rad * .08, y - rad * .12, rad * .75, rad * .72), c);
                fill(ell(x, y, rad * .2, rad * .2), darker(c, .38));
                return;
            }
            fill(petals(x, y, rad, 9, rot), darker(c, .2));
            fill(petals(x, y - rad * .06, rad * .74, 8, rot + .3), c);
            fill(ell(x - rad * .1, y - rad * .16, rad * .32, rad * .28), lighter(c, .3));
            fill(ell(x, y, rad * .14, rad * .14), darker(c, .38));
        }

        static Path2D petals(double cx, double cy, double rad, int n, double rot) {
            Path2D p = new Path2D.Double();
            for (int i = 0; i < 2 * n; i++) {
                double a = rot + i * Math.PI / n;
                double rr = i % 2 == 0 ? rad : rad * .72;
                double x = cx + rr * Math.cos(a);
                double y = cy + rr * Math.sin(a);
                if (i == 0) {
                    p.moveTo(x, y);
                } else {
                    p.lineTo(x, y);
                }
            }
            p.closePath();
            return p;
        }

        /** A hand-held bouquet. */
        void bouquet(double cx, double cy, double s) {
            fill(poly(cx - s * .5, cy - s * .1, cx + s * .5, cy - s * .1, cx + s * .08, cy + s * 1.1,
                    cx - s * .08, cy + s * 1.1), vg(cy, lighter(pickC(WHITE, rgb(0xf3e5f5), rgb(0xfff8e1)), .1),
                    cy + s, rgb(0xd7cfc4)));
            for (int i = 0; i < 9; i++) {
                double a = rnd(Math.PI * 1.05, Math.PI * 1.95);
                double d = rnd(0, 1);
                double x = cx + Math.cos(a) * d * s * .5;
                double y = cy + Math.sin(a) * d * s * .55;
                blossom(x, y, s * rnd(.15, .2), flowerColors[r.nextInt(flowerColors.length)]);
            }
            for (int i = 0; i < 4; i++) {
                fill(ell(cx + rnd(-.45, .45) * s, cy + rnd(-.05, .15) * s, s * .16, s * .07), rgb(0x3e7b43));
            }
        }

        // ---------------------------------------------------------------- people

        Person person() {
            boolean female = r.nextDouble() < 0.38;
            Color skin = jitter(pickI(0xe9bc98, 0xdcaa84, 0xf1cba9, 0xcf9872, 0xe2b18c), 5);
            Color hair;
            if (!female && r.nextDouble() < 0.22) {
                hair = jitter(pickI(0x8a8a8a, 0x6e6e6e, 0xa7a39d), 6);
            } else {
                hair = jitter(pickI(0x1a1716, 0x231c19, 0x2e2420, 0x141414), 4);
            }
            Color shirt = r.nextDouble() < 0.8 ? jitter(0xf7f7f5, 3) : jitter(0xdce8f5, 4);
            Color suit;
            Color tie = null;
            boolean aoDai = false;
            int style = 0;
            if (female) {
                style = r.nextInt(3);
                if (r.nextDouble() < 0.55) {
                    aoDai = true;
                    suit = jitter(pickI(0xc62828, 0xf3efe6, 0x1e5aa8, 0xe9b949, 0xb03060, 0x2f6f5e), 8);
                } else {
                    suit = jitter(pickI(0x2b3040, 0x3b3f4a, 0x6b2e2e, 0x1f2a44, 0x8c7b6b), 8);
                }
            } else {
                suit = jitter(pickI(0x1f2633, 0x252b38, 0x2f3440, 0x3a3f47, 0x1b2a45, 0x3b3631), 6);
                if (r.nextDouble() < 0.8) {
                    tie = jitter(pickI(0xa3231f, 0x8c1c1c, 0x1d3f74, 0x5a1f2b, 0x7a6a2a), 8);
                }
            }
            Color trousers = aoDai ? jitter(0xf4f2ee, 3) : darker(suit, .1);
            return new Person(skin, hair, suit, shirt, tie, trousers, female, style, aoDai);
        }

        /** Upper body facing the viewer; {@code turn} in [-1,1] turns the face sideways. */
        void personFront(double cx, double top, double h, Person p, double bodyLen, double turn) {
            double hx = cx + turn * 0.07 * h;
            if (p.female() && p.hairStyle() == 1) {
                fill(rr(hx - 0.48 * h, top + 0.15 * h, 0.96 * h, 1.4 * h, 0.6 * h), p.hair());
            }
            fill(rect(hx - .16 * h, top + .7 * h, .32 * h, .36 * h), darker(p.skin(), .14));
            Shape torso = rr(cx - 0.98 * h, top + 0.98 * h, 1.96 * h, bodyLen, 0.8 * h);
            fill(torso, vg(top + h, lighter(p.suit(), .1), top + h + Math.max(h, bodyLen), darker(p.suit(), .25)));
            if (!p.aoDai()) {
                fill(poly(cx - .27 * h, top + .98 * h, cx + .27 * h, top + .98 * h, cx, top + 1.8 * h), p.shirt());
                if (p.tie() != null) {
                    fill(poly(cx - .07 * h, top + 1.02 * h, cx + .07 * h, top + 1.02 * h, cx + .1 * h, top + 1.55 * h,
                            cx, top + 1.72 * h, cx - .1 * h, top + 1.55 * h), p.tie());
                }
                Color lap = alpha(darker(p.suit(), .5), .55);
                stroke(line(cx - .3 * h, top + 1.0 * h, cx - .02 * h, top + 1.82 * h), lap, .06 * h);
                stroke(line(cx + .3 * h, top + 1.0 * h, cx + .02 * h, top + 1.82 * h), lap, .06 * h);
            } else {
                fill(rr(hx - .19 * h, top + .86 * h, .38 * h, .2 * h, .08 * h), darker(p.suit(), .06));
                stroke(line(cx + .12 * h, top + 1.05 * h, cx + .62 * h, top + 1.45 * h), alpha(BLACK, .14), .04 * h);
            }
            fill(ell(hx - .38 * h, top + .53 * h, .07 * h, .11 * h), darker(p.skin(), .06));
            fill(ell(hx + .38 * h, top + .53 * h, .07 * h, .11 * h), darker(p.skin(), .06));
            fill(ell(hx, top + .5 * h, .38 * h, .5 * h), vg(top, lighter(p.skin(), .05), top + h, darker(p.skin(), .1)));
            hairFront(hx, top, h, p, turn);
        }

        void hairFront(double hx, double top, double h, Person p, double turn) {
            Area a = new Area(new Ellipse2D.Double(hx - .43 * h, top - .08 * h, .86 * h, 1.0 * h));
            double faceTop = p.female() ? .3 : .27;
            a.subtract(new Area(new Ellipse2D.Double(hx - .36 * h + turn * .13 * h, top + faceTop * h, .72 * h,
                    1.0 * h)));
            if (p.female()) {
                if (p.hairStyle() == 2) {
                    a.add(new Area(rr(hx - .47 * h, top + .2 * h, .16 * h, .62 * h, .12 * h)));
                    a.add(new Area(rr(hx + .31 * h, top + .2 * h, .16 * h, .62 * h, .12 * h)));
                } else if (p.hairStyle() == 0) {
                    a.add(new Area(ell(hx, top - .04 * h, .2 * h, .13 * h)));
                }
            }
            fill(a, p.hair());
            fill(ell(hx - .12 * h, top + .07 * h, .17 * h, .05 * h), alpha(WHITE, .13));
        }

        /** Head and shoulders seen from behind (audience). */
        void personBack(double cx, double top, double h, Person p, Color rim) {
            Color suit = p.suit();
            if (h < 28 * px) {
                // distant: flat colours, fewer shapes
                if (rim != null && h >= 16 * px) {
                    fill(rr(cx - 1.0 * h, top + .88 * h, 2.0 * h, 1.9 * h, .95 * h), mix(suit, rim, .25));
                    fill(ell(cx, top + .43 * h, .41 * h, .46 * h), mix(p.hair(), rim, .35));
                }
                fill(rr(cx - 1.0 * h, top + .92 * h, 2.0 * h, 1.9 * h, .95 * h), suit);
                fill(rect(cx - .16 * h, top + .6 * h, .32 * h, .34 * h), darker(p.skin(), .18));
                fill(ell(cx, top + .47 * h, .41 * h, .45 * h), p.hair());
                if (p.female() && p.hairStyle() == 1) {
                    fill(rr(cx - .4 * h, top + .3 * h, .8 * h, 1.05 * h, .4 * h), p.hair());
                }
                return;
            }
            double so = 0;
            if (rim != null) {
                fill(rr(cx - 1.0 * h, top + .9 * h, 2.0 * h, 1.9 * h, .95 * h), mix(suit, rim, .25));
                so = .05 * h;
            }
            fill(rr(cx - 1.0 * h, top + .9 * h + so, 2.0 * h, 1.9 * h, .95 * h), vg(top + .9 * h, lighter(suit, .1),
                    top + 2.5 * h, darker(suit, .3)));
            fill(rect(cx - .16 * h, top + .6 * h, .32 * h, .34 * h), darker(p.skin(), .18));
            fill(rr(cx - .25 * h, top + .84 * h, .5 * h, .15 * h, .1 * h), p.aoDai() ? lighter(suit, .08) : p.shirt());
            fill(ell(cx - .39 * h, top + .5 * h, .07 * h, .11 * h), darker(p.skin(), .1));
            fill(ell(cx + .39 * h, top + .5 * h, .07 * h, .11 * h), darker(p.skin(), .1));
            if (rim != null) {
                fill(ell(cx, top + .45 * h, .41 * h, .46 * h), mix(p.hair(), rim, .35));
                fill(ell(cx, top + .5 * h, .41 * h, .44 * h), p.hair());
            } else {
                fill(ell(cx, top + .45 * h, .41 * h, .46 * h), p.hair());
            }
            if (p.female()) {
                if (p.hairStyle() == 0) {
                    fill(ell(cx, top + .76 * h, .2 * h, .15 * h), lighter(p.hair(), .05));
                } else if (p.hairStyle() == 1) {
                    fill(rr(cx - .4 * h, top + .3 * h, .8 * h, 1.05 * h, .4 * h), p.hair());
                } else {
                    fill(rr(cx - .44 * h, top + .3 * h, .88 * h, .58 * h, .34 * h), p.hair());
                }
            }
        }

        /** Standing figure (knees/feet included), optionally holding flowers and/or a certificate. */
        void standing(double cx, double top, double h, Person p, int holding) {
            shadow(cx, top + 7.05 * h, 1.1 * h, .22 * h, .45);
            double legW = .52 * h;
            if (p.aoDai()) {
                stroke(line(cx - .2 * h, top + 3.2 * h, cx - .22 * h, top + 6.8 * h), p.trousers(), legW);
                stroke(line(cx + .2 * h, top + 3.2 * h, cx + .22 * h, top + 6.8 * h), p.trousers(), legW);
            } else {
                stroke(line(cx - .28 * h, top + 3.2 * h, cx - .27 * h, top + 6.8 * h), p.trousers(), legW);
                stroke(line(cx + .28 * h, top + 3.2 * h, cx + .27 * h, top + 6.8 * h), p.trousers(), legW);
                stroke(line(cx, top + 3.3 * h, cx, top + 4.4 * h), alpha(BLACK, .2), .03 * h);
            }
            Color shoe = p.female() ? darker(p.suit(), .5) : rgb(0x151515);
            fill(ell(cx - .3 * h, top + 7.0 * h, .26 * h, .1 * h), shoe);
            fill(ell(cx + .3 * h, top + 7.0 * h, .26 * h, .1 * h), shoe);
            if (p.aoDai()) {
                // long tunic panels
                fill(poly(cx - .62 * h, top + 2.6 * h, cx + .62 * h, top + 2.6 * h, cx + .58 * h, top + 6.1 * h,
                        cx - .58 * h, top + 6.1 * h), vg(top + 2.6 * h, p.suit(), top + 6.1 * h, darker(p.suit(), .2)));
            }
            personFront(cx, top, h, p, 2.45 * h, 0);
            double armW = .3 * h;
            Color sleeve = darker(p.suit(), .06);
            double handY = top + 2.55 * h;
            if (holding == 0) {
                // arms by the side
                stroke(line(cx - .8 * h, top + 1.3 * h, cx - .95 * h, top + 3.1 * h), sleeve, armW);
                stroke(line(cx + .8 * h, top + 1.3 * h, cx + .95 * h, top + 3.1 * h), sleeve, armW);
                fill(ell(cx - .96 * h, top + 3.25 * h, .13 * h, .15 * h), p.skin());
                fill(ell(cx + .96 * h, top + 3.25 * h, .13 * h, .15 * h), p.skin());
                return;
            }
            stroke(line(cx - .8 * h, top + 1.3 * h, cx - .92 * h, top + 2.5 * h), sleeve, armW);
            stroke(line(cx + .8 * h, top + 1.3 * h, cx + .92 * h, top + 2.5 * h), sleeve, armW);
            if (holding == 1 || holding == 3) {
                // bouquet held in front of the chest
                stroke(line(cx - .92 * h, top + 2.5 * h, cx - .1 * h, handY), sleeve, armW);
                stroke(line(cx + .92 * h, top + 2.5 * h, cx + .15 * h, handY), sleeve, armW);
                bouquet(cx + .05 * h, top + 1.65 * h, 1.05 * h);
                fill(ell(cx - .05 * h, handY + .05 * h, .15 * h, .13 * h), p.skin());
                fill(ell(cx + .18 * h, handY + .02 * h, .15 * h, .13 * h), p.skin());
            }
            if (holding == 2 || holding == 3) {
                double cw = 1.5 * h;
                double ch = 1.08 * h;
                double cy = top + (holding == 3 ? 2.35 : 1.75) * h;
                if (holding == 2) {
                    stroke(line(cx - .92 * h, top + 2.5 * h, cx - .7 * h, cy + ch * .7), sleeve, armW);
                    stroke(line(cx + .92 * h, top + 2.5 * h, cx + .7 * h, cy + ch * .7), sleeve, armW);
                }
                shadow(cx, cy + ch * .55, cw * .6, ch * .6, .25);
                Color frame = pickC(rgb(0x7b1515), rgb(0x3e2723), darker(red, .2));
                fill(rect(cx - cw / 2, cy, cw, ch), vg(cy, lighter(frame, .1), cy + ch, darker(frame, .2)));
                fill(rect(cx - cw / 2 + .08 * h, cy + .08 * h, cw - .16 * h, ch - .16 * h), rgb(0xfbf6e9));
                g.setStroke(new BasicStroke((float) (.025 * h)));
                g.setPaint(gold);
                g.draw(rect(cx - cw / 2 + .13 * h, cy + .13 * h, cw - .26 * h, ch - .26 * h));
                fill(ell(cx, cy + .3 * h, .1 * h, .1 * h), flagRed);
                fill(star(cx, cy + .3 * h, .07 * h, 0), starYellow);
                fill(rect(cx - .45 * h, cy + .5 * h, .9 * h, .05 * h), alpha(rgb(0xb71c1c), .55));
                fill(rect(cx - .35 * h, cy + .62 * h, .7 * h, .03 * h), alpha(rgb(0x9e9e9e), .6));
                fill(rect(cx - .3 * h, cy + .7 * h, .6 * h, .03 * h), alpha(rgb(0x9e9e9e), .6));
                fill(ell(cx - cw / 2 + .05 * h, cy + ch * .7, .14 * h, .13 * h), p.skin());
                fill(ell(cx + cw / 2 - .05 * h, cy + ch * .7, .14 * h, .13 * h), p.skin());
            }
        }

        // ---------------------------------------------------------------- scenes

        /** Crop in slightly around a focus point (never reveals anything outside the canvas). */
        void zoom(double fx, double fy, double z) {
            g.translate(fx, fy);
            g.scale(z, z);
            g.translate(-fx, -fy);
        }

        void hall() {
            double vpX = W * 0.5 + W * rnd(-0.04, 0.04);
            double by0 = 150;
            double by1 = 600;
            double bw = W * rnd(0.70, 0.76);
            double bx0 = vpX - bw / 2;
            double bx1 = vpX + bw / 2;
            Color wall = neutral;
            fill(rect(0, 0, W, H), vg(0, darker(wall, .5), by1, darker(wall, .15)));
            fill(poly(0, 0, W, 0, bx1, by0, bx0, by0), vg(0, darker(wall, .72), by0, darker(wall, .45)));
            Color side = mix(wall, wood, .6);
            fill(poly(0, -1, bx0, by0, bx0, by1, 0, 820), hg(0, darker(side, .5), bx0, darker(side, .15)));
            fill(poly(W, -1, bx1, by0, bx1, by1, W, 820), hg(W, darker(side, .5), bx1, darker(side, .15)));
            for (int i = 1; i < 9; i++) {
                double f = Math.pow(0.74, i);
                double xl = bx0 * (1 - f);
                double xr = W - (W - bx1) * (1 - f);
                double yt = by0 * (1 - f);
                double yb = by1 + (820 - by1) * f;
                stroke(line(xl, yt, xl, yb), alpha(BLACK, .22), 3 * f + 1);
                stroke(line(xr, yt, xr, yb), alpha(BLACK, .22), 3 * f + 1);
                if (i % 2 == 0) {
                    double ym = yt + (yb - yt) * 0.3;
                    glow(xl, ym, 40 + 60 * f, rgb(0xffe0b0), .5);
                    glow(xr, ym, 40 + 60 * f, rgb(0xffe0b0), .5);
                }
            }
            fill(poly(0, 820, bx0, by1, bx1, by1, W, 820, W, H, 0, H), vg(by1, darker(carpet, .2), H,
                    darker(carpet, .55)));
            // ceiling lights
            if (r.nextDouble() < 0.4) {
                for (double fr : new double[] {0.9, 0.62, 0.3}) {
                    double y = by0 * fr;
                    double xl = bx0 * fr;
                    double xr = W - (W - bx1) * fr;
                    double th = 6 * (1.6 - fr);
                    fill(rr(xl + 40, y - th / 2, xr - xl - 80, th, th), rgb(0xfffaf0));
                    fill(rect(xl + 20, y - th * 3, xr - xl - 40, th * 6), vg(y - th * 3, alpha(warmLight, 0), y,
                            alpha(warmLight, .25)));
                }
            }
            int nL = 5 + r.nextInt(4);
            double[] rows = {0.88, 0.68, 0.46, 0.22};
            for (double fr : rows) {
                double y = by0 * fr;
                double xl = bx0 * fr;
                double xr = W - (W - bx1) * fr;
                double sc = (xr - xl) / bw;
                for (int i = 0; i < nL; i++) {
                    double x = xl + (i + 0.5) * (xr - xl) / nL;
                    glow(x, y, 34 * sc, warmLight, .55);
                    fill(ell(x, y, 9 * sc, 3 * sc), rgb(0xfffdf5));
                }
            }
            // backdrop
            double dTop = by0 + 16;
            double dBot = 548;
            double dx0 = bx0 + 14;
            double dx1 = bx1 - 14;
            Shape bd = rect(dx0, dTop, dx1 - dx0, dBot - dTop);
            fill(bd, radial(vpX, 300, (dx1 - dx0) * 0.6, lighter(red, .18), darker(red, .3)));
            fill(bd, folds(dx0, rnd(38, 56), .09));
            valance(dx0, dx1, dTop + 10, 0.8);
            double ey = dTop + 108;
            emblem(vpX, ey, 62);
            // slogan band (abstract, no text)
            double bandW = (dx1 - dx0) * rnd(.7, .82);
            double bandY = dTop + 200;
            fill(rect(vpX - bandW / 2, bandY, bandW, 3), alpha(gold, .9));
            fill(rect(vpX - bandW / 2, bandY + 72, bandW, 3), alpha(gold, .9));
            sloganBars(vpX, bandY + 14, bandW * .86, 18, 2);
            // stage
            double st = dBot;
            double sf = 585;
            double sb = 614;
            fill(poly(dx0 - 30, st, dx1 + 30, st, dx1 + 70, sf, dx0 - 70, sf), vg(st, lighter(wood, .15), sf, wood));
            fill(rect(dx0 - 70, sf, dx1 - dx0 + 140, sb - sf), vg(sf, darker(wood, .35), sb, darker(wood, .6)));
            // presidium
            int np = 5 + r.nextInt(5);
            double tw = (dx1 - dx0) * rnd(.5, .64);
            double tx0 = vpX - tw / 2 + rnd(-20, 20);
            double ph = 24;
            double tableTop = 520;
            for (int i = 0; i < np; i++) {
                double cx = tx0 + (i + 0.5) * tw / np;
                personFront(cx, tableTop - 2.05 * ph, ph, person(), 2.2 * ph, rnd(-.4, .4));
            }
            shadow(tx0 + tw / 2, 560, tw * .6, 10, .4);
            fill(rect(tx0 - 8, tableTop, tw + 16, 7), rgb(0xf5f3ee));
            Color skirt = pickC(darker(red, .05), rgb(0xf2efe8), darker(blue, .1));
            fill(rect(tx0 - 8, tableTop + 7, tw + 16, 36), vg(tableTop, skirt, tableTop + 43, darker(skirt, .25)));
            fill(rect(tx0 - 8, tableTop + 7, tw + 16, 3), alpha(gold, .9));
            flowers(tx0 + tw / 2, tableTop + 44, 90, 34, 18);
            // lectern at one side of stage
            boolean lecLeft = r.nextBoolean();
            double lx = lecLeft ? (dx0 + tx0) / 2 + 14 : (tx0 + tw + dx1) / 2 - 14;
            if (Math.abs(lx - vpX) > tw / 2 + 30) {
                personFront(lx, 470, 26, person(), 60, lecLeft ? .4 : -.4);
                lectern(lx, 505, 0.17);
            }
            if (r.nextDouble() < 0.5) {
                drapedFlag(dx0 + 30, 330, st + 14, 60, 100, true);
                drapedFlag(dx1 - 30, 330, st + 14, 60, 100, false);
            }
            // stage-edge flowers
            double step = 92;
            for (double x = dx0 - 60 + rnd(0, 30); x < dx1 + 70; x += step) {
                flowers(x, sb + 4, 110, 46, 20);
            }
            // audience
            int rowsN = 6 + r.nextInt(3);
            boolean aisle = r.nextDouble() < 0.6;
            double aisleOff = rnd(-W * .1, W * .1);
            Color seat = pickC(darker(red, .45), mix(blue, BLACK, .35), rgb(0x4e342e), rgb(0x3a3a3a));
            Color rim = lighter(warmLight, .2);
            for (int k = 0; k < rowsN; k++) {
                double t = (double) k / (rowsN - 1);
                double h = 22 + 86 * Math.pow(t, 1.5);
                double top = 598 + 240 * Math.pow(t, 1.15);
                double sp = h * rnd(2.25, 2.45);
                double x0 = -sp + rnd(0, sp);
                double ax = vpX + aisleOff * (h / 40.0);
                for (double x = x0; x < W + sp; x += sp) {
                    if (aisle && Math.abs(x - ax) < h * 1.2) {
                        continue;
                    }
                    boolean empty = r.nextDouble() < 0.08;
                    if (!empty) {
                        personBack(x + rnd(-.1, .1) * h, top + rnd(-.08, .08) * h, h * rnd(.94, 1.06), person(), rim);
                    }
                    double cTop = top + (empty ? 1.0 : 1.62) * h;
                    if (h < 28 * px) {
                        fill(rr(x - .98 * h, cTop, 1.96 * h, 2.2 * h, .5 * h), darker(seat, .08));
                    } else {
                        fill(rr(x - .98 * h, cTop, 1.96 * h, 2.2 * h, .5 * h), vg(cTop, lighter(seat, .12),
                                cTop + 1.5 * h, darker(seat, .35)));
                        fill(rect(x - .9 * h, cTop + .12 * h, 1.8 * h, .05 * h), alpha(WHITE, .08));
                    }
                }
            }
            fill(rect(0, 640, W, H - 640), vg(640, alpha(BLACK, 0), H, alpha(BLACK, .38)));
        }

        /** Rounded bars that suggest a slogan from afar without being text. */
        void sloganBars(double cx, double y, double w, double barH, int lines) {
            for (int l = 0; l < lines; l++) {
                double lw = w * (l == 0 ? 1 : rnd(.55, .8));
                double x = cx - lw / 2;
                double end = cx + lw / 2;
                double yy = y + l * barH * 1.65;
                while (x < end - barH) {
                    double seg = Math.min(end - x, barH * rnd(1.4, 3.6));
                    fill(rr(x, yy, seg, barH, barH * .35), alpha(lighter(gold, .25), .55));
                    x += seg + barH * .7;
                }
            }
        }

        void lectern(double cx, double top, double s) {
            double tw = 300 * s;
            double bw = 250 * s;
            double hgt = 380 * s;
            shadow(cx, top + hgt, 190 * s, 26 * s, .45);
            Color w1 = wood;
            fill(poly(cx - tw / 2, top + 14 * s, cx + tw / 2, top + 14 * s, cx + bw / 2, top + hgt, cx - bw / 2, top + hgt),
                    hg(cx - tw / 2, darker(w1, .25), cx + tw / 2, lighter(w1, .08)));
            fill(poly(cx - tw / 2 - 12 * s, top, cx + tw / 2 + 12 * s, top, cx + tw / 2 + 6 * s, top + 18 * s,
                    cx - tw / 2 - 6 * s, top + 18 * s), vg(top, lighter(w1, .3), top + 18 * s, darker(w1, .1)));
            double px = bw * .8;
            double py = top + 48 * s;
            double ph = hgt * .48;
            fill(rr(cx - px / 2, py, px, ph, 12 * s), radial(cx, py + ph * .35, px * .8, lighter(flagRed, .08),
                    darker(red, .3)));
            g.setStroke(new BasicStroke((float) (4 * s)));
            g.setPaint(alpha(gold, .9));
            g.draw(rr(cx - px / 2 + 8 * s, py + 8 * s, px - 16 * s, ph - 16 * s, 8 * s));
            if (s > 0.3) {
                emblem(cx, py + ph * .45, 44 * s);
            } else {
                fill(ell(cx, py + ph * .45, 40 * s, 40 * s), gold);
            }
            fill(rect(cx - bw / 2, top + hgt - 24 * s, bw, 24 * s), darker(w1, .35));
        }

        void podium() {
            boolean left = r.nextBoolean();
            double lx = W * (left ? rnd(.33, .42) : rnd(.58, .67));
            double floorY = 770;
            zoom(lx, 560, rnd(1.0, 1.3));
            Shape bd = rect(0, 0, W, floorY);
            fill(bd, radial(lx, 330, W * 0.75, lighter(red, .14), darker(red, .38)));
            fill(bd, folds(rnd(0, 100), rnd(80, 120), .13));
            valance(0, W, 30, 1.0);
            double ex = left ? W * rnd(.7, .78) : W * rnd(.22, .3);
            emblem(ex, 250, 92);
            double bandW = W * .3;
            fill(rect(ex - bandW / 2, 392, bandW, 3), alpha(gold, .85));
            sloganBars(ex, 410, bandW * .9, 22, 2);
            fill(rect(ex - bandW / 2, 480, bandW, 3), alpha(gold, .85));
            // flags at the outer edge on the lectern side
            double fx = left ? W * .06 : W * .94;
            drapedFlag(fx, 130, floorY + 40, 120, 200, left);
            if (r.nextBoolean()) {
                drapedFlag(fx + (left ? 150 : -150), 150, floorY + 60, 110, 185, left);
            }
            // floor
            fill(rect(0, floorY, W, H - floorY), vg(floorY, darker(carpet, .05), H, darker(carpet, .5)));
            fill(rect(0, floorY - 8, W, 16), vg(floorY - 8, alpha(BLACK, 0), floorY + 8, alpha(BLACK, .35)));
            // speaker
            Person sp = person();
            double h = 100;
            double top = 255 + rnd(-12, 12);
            glow(lx, top + 150, 360, warmLight, .3);
            double sx = lx + rnd(-14, 14);
            personFront(sx, top, h, sp, 330, rnd(-.5, .5));
            double lt = 512;
            lectern(lx, lt, 1.0);
            // hands on the lectern
            Color sleeve = darker(sp.suit(), .05);
            fill(rr(sx - 112, lt - 30, 58, 34, 16), sleeve);
            fill(rr(sx + 54, lt - 30, 58, 34, 16), sleeve);
            fill(ell(sx - 56, lt - 4, 20, 13), sp.skin());
            fill(ell(sx + 56, lt - 4, 20, 13), sp.skin());
            fill(poly(sx - 48, lt - 6, sx + 36, lt - 10, sx + 48, lt + 4, sx - 40, lt + 8), rgb(0xf7f5ef));
            // microphones
            for (int side = -1; side <= 1; side += 2) {
                double bx = lx + side * 26;
                double mx = sx + side * 48;
                double my = top + 1.45 * h;
                QuadCurve2D q = new QuadCurve2D.Double(bx, lt + 4, bx + side * 4, lt - 70, mx, my);
                stroke(q, rgb(0x222222), 5);
                AffineTransform at = g.getTransform();
                g.translate(mx, my);
                g.rotate(-side * 0.6);
                fill(rr(-7, -22, 14, 30, 10), rgb(0x1a1a1a));
                fill(rr(-5, -20, 4, 12, 3), alpha(WHITE, .25));
                g.setTransform(at);
            }
            flowers(lx, 905, 380, 210, 60);
            // foreground audience
            int nf = 2 + r.nextInt(3);
            Color rim = lighter(warmLight, .1);
            for (int i = 0; i < nf; i++) {
                double x = W * (i + rnd(.2, .8)) / nf;
                if (Math.abs(x - lx) < 220) {
                    x += x < lx ? -200 : 200;
                }
                personBack(x, 800 + rnd(0, 70), rnd(135, 165), person().dim(.68), rim);
            }
        }

        void meeting() {
            double vpX = W * 0.5 + rnd(-W * .03, W * .03);
            double vpY = 420;
            zoom(vpX, 520, rnd(1.0, 1.12));
            double wallBot = 640;
            fill(rect(0, 0, W, wallBot), vg(0, darker(neutral, .12), wallBot, neutral));
            fill(rect(0, 0, W, 56), vg(0, darker(neutral, .4), 56, darker(neutral, .22)));
            for (int i = 0; i < 7; i++) {
                double x = W * (i + .5) / 7;
                fill(rect(x - 50, 48, 100, 8), rgb(0xfffbf0));
                glow(x, 60, 110, warmLight, .3);
            }
            // wood slat wall panels at the sides
            Color slat = lighter(wood, .1);
            for (int side = 0; side < 2; side++) {
                double x0 = side == 0 ? 0 : W * .84;
                double x1 = side == 0 ? W * .16 : W;
                fill(rect(x0, 56, x1 - x0, wallBot - 56), vg(56, slat, wallBot, darker(slat, .25)));
                for (double x = x0 + 10; x < x1; x += 22) {
                    fill(rect(x, 56, 5, wallBot - 56), alpha(BLACK, .18));
                }
            }
            fill(rect(0, 500, W, wallBot - 500), vg(500, wood, wallBot, darker(wood, .35)));
            fill(rect(0, 500, W, 4), alpha(WHITE, .25));
            // banner strip
            fill(rect(W * .2, 74, W * .6, 34), vg(74, lighter(red, .05), 108, darker(red, .2)));
            sloganBars(W * .5, 84, W * .45, 14, 1);
            // screens
            boolean two = r.nextDouble() < 0.6;
            if (two) {
                double sw = W * .29;
                double sh = sw * 9 / 16;
                screen(vpX - W * .17 - sw / 2, 135, sw, sh);
                screen(vpX + W * .17 - sw / 2, 135, sw, sh);
                emblem(vpX, 210, 44);
            } else {
                double sw = W * .44;
                double sh = Math.min(300, sw * 9 / 16);
                screen(vpX - sw / 2, 128, sw, sh);
            }
            // floor
            Color mc = mix(carpet, rgb(0x6b6760), .45);
            fill(rect(0, wallBot, W, H - wallBot), vg(wallBot, lighter(mc, .05), H, darker(mc, .35)));
            // table geometry: y = vpY + 140 / z for the top, floor y = vpY + 280 / z
            double hw1 = W * rnd(.085, .1);
            double zf = 1.0;
            double zn = 0.2;
            Color top = pickC(rgb(0x6d4c3a), rgb(0x8a5d3b), rgb(0x2f5d4b), rgb(0x5a3d2b), rgb(0xe9e4da));
            double yf = vpY + 140 / zf;
            double yn = vpY + 140 / zn;
            fill(poly(vpX - hw1 / zf, vpY + 280 / zf, vpX + hw1 / zf, vpY + 280 / zf, vpX + hw1 / zn, vpY + 280 / zn,
                    vpX - hw1 / zn, vpY + 280 / zn), alpha(BLACK, .3));
            fill(rect(vpX - hw1 + 10, yf, 2 * hw1 - 20, 280 - 140), darker(top, .55));
            int n = 4 + r.nextInt(3);
            Person[] lp = new Person[n];
            Person[] rp = new Person[n];
            double[] zs = new double[n];
            Color chair = pickC(rgb(0x202020), rgb(0x3b2a22), darker(red, .5), rgb(0x2b3440));
            for (int i = 0; i < n; i++) {
                zs[i] = 0.95 - i * (0.52 / (n - 1));
                lp[i] = r.nextDouble() < 0.1 ? null : person();
                rp[i] = r.nextDouble() < 0.1 ? null : person();
            }
            for (int i = 0; i < n; i++) {
                double z = zs[i];
                double h = 29 / z;
                double yT = vpY + 140 / z;
                double hw = hw1 / z;
                for (int side = -1; side <= 1; side += 2) {
                    Person p = side < 0 ? lp[i] : rp[i];
                    double cx = vpX + side * (hw + .45 * h);
                    double ptop = yT - 2.15 * h;
                    fill(rr(cx - 1.05 * h + side * .35 * h, ptop + .55 * h, 2.1 * h, 3.2 * h, .6 * h),
                            vg(ptop, lighter(chair, .12), ptop + 3 * h, darker(chair, .3)));
                    if (p != null) {
                        personFront(cx, ptop, h, p, 2.6 * h, -side * .9);
                    }
                }
            }
            // table top and edges
            double th = 16;
            fill(poly(vpX - hw1 / zf, yf, vpX - hw1 / zn, yn, vpX - hw1 / zn, yn + th / zn, vpX - hw1 / zf, yf + th / zf),
                    darker(top, .45));
            fill(poly(vpX + hw1 / zf, yf, vpX + hw1 / zn, yn, vpX + hw1 / zn, yn + th / zn, vpX + hw1 / zf, yf + th / zf),
                    darker(top, .45));
            fill(rect(vpX - hw1 / zf, yf, 2 * hw1 / zf, th / zf), darker(top, .35));
            Shape tt = poly(vpX - hw1 / zf, yf, vpX + hw1 / zf, yf, vpX + hw1 / zn, yn, vpX - hw1 / zn, yn);
            fill(tt, vg(yf, lighter(top, .08), H, darker(top, .15)));
            fill(poly(vpX - hw1 * .35, yf, vpX + hw1 * .35, yf, vpX + hw1 * .35 / zn, yn, vpX - hw1 * .35 / zn, yn),
                    alpha(WHITE, .07));
            // items on the table
            for (int i = 0; i < n; i++) {
                double z = zs[i];
                double h = 29 / z;
                double yT = vpY + 140 / z;
                double hw = hw1 / z;
                for (int side = -1; side <= 1; side += 2) {
                    Person p = side < 0 ? lp[i] : rp[i];
                    double ex = vpX + side * hw;
                    double y = yT + .1 * h;
                    // papers
                    double px = ex - side * .55 * h;
                    fill(poly(px - .35 * h, y, px + .35 * h, y, px + .4 * h, y + .28 * h, px - .4 * h, y + .28 * h),
                            rgb(0xfbfbf8));
                    // name plate
                    double nx = ex - side * 1.05 * h;
                    fill(rect(nx - .28 * h, y - .2 * h, .56 * h, .18 * h), rgb(0xf7f7f7));
                    fill(rect(nx - .28 * h, y - .2 * h, .56 * h, .04 * h), alpha(red, .9));
                    // water bottle
                    double wx = ex - side * 1.45 * h;
                    fill(rr(wx - .06 * h, y - .5 * h, .12 * h, .44 * h, .05 * h), alpha(rgb(0xbfe3f5), .85));
                    fill(rect(wx - .045 * h, y - .56 * h, .09 * h, .07 * h), rgb(0x1e5aa8));
                    if (p != null) {
                        Color sl = darker(p.suit(), .08);
                        fill(rr(ex - side * .25 * h - .35 * h, y - .02 * h, .7 * h, .26 * h, .2 * h), sl);
                        fill(ell(ex - side * .62 * h, y + .08 * h, .12 * h, .09 * h), p.skin());
                    }
                }
                if (i % 2 == 0) {
                    // microphone between seats
                    double mx = vpX - hw + .25 * h;
                    stroke(line(mx, yT + .05 * h, mx + .35 * h, yT - .5 * h), rgb(0x222222), .04 * h);
                    fill(ell(mx + .35 * h, yT - .5 * h, .05 * h, .05 * h), rgb(0x111111));
                }
            }
            double[] fz = {0.9, 0.55};
            for (double z : fz) {
                flowers(vpX, vpY + 140 / z + 8 / z, 70 / z, 36 / z, 22);
            }
        }

        void screen(double x, double y, double w, double h) {
            shadow(x + w / 2, y + h + 12, w * .55, 14, .3);
            fill(rr(x - 8, y - 8, w + 16, h + 16, 8), rgb(0x16181b));
            fill(rect(x, y, w, h), rgb(0x0e1217));
            int layout = r.nextInt(4);
            double gap = Math.max(2, w * .006);
            if (layout == 0) {
                // featured speaker + side grid
                double fw = w * .62;
                tile(x + gap, y + gap, fw - 2 * gap, h - 2 * gap, 0);
                int rows = 3;
                double tw = (w - fw - gap) / 2;
                double th = (h - gap) / rows;
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < 2; j++) {
                        tile(x + fw + j * tw, y + gap + i * th, tw - gap, th - gap, -1);
                    }
                }
            } else {
                int cols = layout == 1 ? 3 : 4;
                int rows = layout == 3 ? 4 : 3;
                double tw = (w - gap) / cols;
                double th = (h - gap) / rows;
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        tile(x + gap + j * tw, y + gap + i * th, tw - gap, th - gap, -1);
                    }
                }
            }
            fill(poly(x, y, x + w * .45, y, x + w * .2, y + h, x, y + h), alpha(WHITE, .05));
            glow(x + w / 2, y + h / 2, w * .7, rgb(0xbcd6ff), .08);
        }

        /** One remote "bridge point" tile of an online meeting. */
        void tile(double x, double y, double w, double h, int kindHint) {
            int kind = kindHint >= 0 ? kindHint : r.nextInt(4);
            Shape clip = g.getClip();
            g.clip(rect(x, y, w, h));
            Color bg = switch (kind) {
                case 0 -> darker(red, .05);
                case 1 -> jitter(0xe6dccb, 10);
                case 2 -> jitter(0x6f8fb0, 12);
                default -> jitter(0xd9d4cc, 10);
            };
            fill(rect(x, y, w, h), vg(y, lighter(bg, .1), y + h, darker(bg, .2)));
            if (kind == 0 || r.nextDouble() < 0.35) {
                double bh = h * (kind == 0 ? .38 : .22);
                fill(rect(x, y, w, bh), kind == 0 ? darker(red, .2) : darker(red, .05));
                fill(ell(x + w * .5, y + bh * .45, bh * .25, bh * .25), gold);
                fill(rect(x + w * .2, y + bh * .82, w * .6, bh * .06), alpha(gold, .8));
            }
            int np = kind == 0 ? 1 + r.nextInt(2) : 1 + r.nextInt(3);
            double ph = h * (kind == 0 ? .2 : .18);
            for (int i = 0; i < np; i++) {
                double cx = x + w * (i + .5) / np + rnd(-.05, .05) * w;
                personFront(cx, y + h * .42, ph, person(), h, rnd(-.4, .4));
            }
            fill(rect(x, y + h * .78, w, h * .22), vg(y + h * .78, lighter(wood, .1), y + h, darker(wood, .25)));
            fill(rect(x + w * .03, y + h * .84, w * .34, h * .1), alpha(BLACK, .55));
            fill(rect(x + w * .05, y + h * .875, w * .22, h * .03), alpha(WHITE, .7));
            g.setClip(clip);
        }

        void outdoor() {
            double hz = 560;
            int sky = r.nextInt(3);
            Color skyTop;
            Color skyBot;
            switch (sky) {
                case 0 -> {
                    skyTop = jitter(0x3a78c2, 8);
                    skyBot = jitter(0xcfe5f6, 6);
                }
                case 1 -> {
                    skyTop = jitter(0x5487c9, 8);
                    skyBot = jitter(0xf6dcb8, 6);
                }
                default -> {
                    skyTop = jitter(0x7aa3cc, 8);
                    skyBot = jitter(0xe4edf3, 6);
                }
            }
            fill(rect(0, 0, W, hz + 40), vg(0, skyTop, hz, skyBot));
            double sunX = W * rnd(.1, .9);
            glow(sunX, rnd(60, 160), 520, sky == 1 ? rgb(0xfff0c8) : WHITE, .55);
            int nc = 3 + r.nextInt(4);
            for (int i = 0; i < nc; i++) {
                cloud(rnd(-50, W + 50), rnd(50, 300), rnd(90, 200));
            }
            // distant trees
            Color far = mix(rgb(0x3f6b45), skyBot, .35);
            for (double x = -40; x < W + 60; x += rnd(40, 80)) {
                double rr = rnd(40, 80);
                fill(ell(x, hz - rnd(10, 60), rr, rr * .9), vg(hz - 120, lighter(far, .06), hz, darker(far, .12)));
            }
            // ground
            Color grass = jitter(pickI(0x5f9a48, 0x6aa050, 0x558f43), 6);
            fill(rect(0, hz, W, H - hz), vg(hz, darker(grass, .05), H, lighter(grass, .05)));
            double cx = W * rnd(.38, .62);
            double base = 660;
            zoom(cx, 90, rnd(1.0, 1.18));
            // plaza
            Color stone = jitter(pickI(0xd9d2c5, 0xcfc8bb, 0xe0d8c8), 6);
            double pt = W * rnd(.2, .26);
            double pb = W * rnd(.5, .6);
            fill(rect(cx - W * .42, base - 6, W * .84, 40), vg(base, lighter(stone, .05), base + 34, stone));
            fill(poly(cx - pt, base, cx + pt, base, cx + pb, H, cx - pb, H),
                    vg(base, darker(stone, .05), H, lighter(stone, .08)));
            for (int i = -5; i <= 5; i++) {
                stroke(line(cx + i * pt / 5.5, base, cx + i * pb / 5.5, H), alpha(BLACK, .06), 2);
            }
            for (double y = base + 20, d = 20; y < H; d *= 1.35, y += d) {
                double f = (y - base) / (H - base);
                double hw = pt + (pb - pt) * f;
                stroke(line(cx - hw, y, cx + hw, y), alpha(BLACK, .05), 2);
            }
            building(cx, base);
            // hedges & flower beds in front of the building
            Color hedge = darker(grass, .3);
            for (int side = -1; side <= 1; side += 2) {
                double x0 = side < 0 ? cx - W * .42 : cx + W * .1;
                double x1 = side < 0 ? cx - W * .1 : cx + W * .42;
                fill(rr(x0, base - 8, x1 - x0, 34, 24), vg(base - 8, lighter(hedge, .15), base + 26, darker(hedge, .2)));
                for (double x = x0 + 12; x < x1 - 8; x += 18) {
                    fill(ell(x + rnd(-3, 3), base - 2 + rnd(-3, 3), 5, 5),
                            flowerColors[r.nextInt(flowerColors.length)]);
                }
            }
            // shrubs along the plaza
            Color shrub = jitter(pickI(0x3f7d3c, 0x4a8a40, 0x356f3a), 6);
            for (int side = -1; side <= 1; side += 2) {
                for (double t = 0.12; t < 1.05; t += 0.13) {
                    double f = Math.pow(t, 1.35);
                    double y = base + 40 + (H - base - 40) * f;
                    double fe = (y - base) / (H - base);
                    double x = cx + side * (pt + (pb - pt) * fe + 18 + 40 * fe);
                    double rs = 12 + 46 * fe;
                    shadow(x, y + rs * .35, rs * 1.3, rs * .3, .3);
                    fill(ell(x, y, rs, rs * .8), radial(x - rs * .3, y - rs * .4, rs * 1.5, lighter(shrub, .25),
                            darker(shrub, .3)));
                    if (r.nextDouble() < .5) {
                        for (int k = 0; k < 5; k++) {
                            fill(ell(x + rnd(-.6, .6) * rs, y + rnd(-.5, .2) * rs, rs * .1, rs * .1),
                                    flowerColors[r.nextInt(flowerColors.length)]);
                        }
                    }
                }
            }
            // trees and palms
            boolean palms = r.nextBoolean();
            for (int side = -1; side <= 1; side += 2) {
                int nt = 1 + r.nextInt(2);
                for (int i = 0; i < nt; i++) {
                    double tx = side < 0 ? rnd(-40, W * .16) : rnd(W * .84, W + 40);
                    double ty = rnd(720, 820);
                    if (palms && i == 0) {
                        palm(tx, ty, rnd(1.0, 1.25));
                    } else {
                        tree(tx, ty, rnd(.9, 1.3));
                    }
                }
            }
            // flag pole
            double fpx = cx + (r.nextBoolean() ? 1 : -1) * W * rnd(.22, .3);
            double fpBase = rnd(790, 840);
            double fpTop = rnd(80, 120);
            shadow(fpx, fpBase, 40, 8, .4);
            fill(rr(fpx - 26, fpBase - 18, 52, 24, 6), lighter(stone, .1));
            fill(rect(fpx - 4, fpTop, 8, fpBase - fpTop), hg(fpx - 4, WHITE, fpx + 4, rgb(0x9e9e9e)));
            fill(ell(fpx, fpTop - 4, 7, 7), gold);
            wavingFlag(fpx + 3, fpTop + 4, 190, 126, rnd(0, 6));
            fill(rect(0, 0, W, H), vg(0, alpha(WHITE, .0), hz, alpha(skyBot, .08)));
        }

        void cloud(double x, double y, double s) {
            Color c = alpha(WHITE, .55);
            for (int i = 0; i < 6; i++) {
                double dx = rnd(-1, 1) * s;
                double rr = s * rnd(.3, .55);
                fill(ell(x + dx, y + rnd(-.15, .1) * s + (Math.abs(dx) / s) * s * .15, rr, rr * .62), c);
            }
        }

        void tree(double x, double y, double s) {
            shadow(x, y, 90 * s, 16 * s, .35);
            fill(rr(x - 9 * s, y - 140 * s, 18 * s, 142 * s, 8 * s), hg(x - 9 * s, rgb(0x6d4c35), x + 9 * s, rgb(0x3e2a1e)));
            Color leaf = jitter(pickI(0x2f6b34, 0x3a7a3a, 0x2c5f3a), 8);
            for (int i = 0; i < 9; i++) {
                double bx = x + rnd(-70, 70) * s;
                double by = y - rnd(150, 270) * s;
                double br = rnd(45, 75) * s;
                fill(ell(bx, by, br, br * .9), radial(bx - br * .3, by - br * .4, br * 1.4, lighter(leaf, .2),
                        darker(leaf, .3)));
            }
        }

        void palm(double x, double y, double s) {
            shadow(x, y, 50 * s, 10 * s, .3);
            double topX = x + rnd(-20, 20) * s;
            double topY = y - 330 * s;
            QuadCurve2D trunk = new QuadCurve2D.Double(x, y, x + rnd(-30, 30) * s, y - 220 * s, topX, topY);
            stroke(trunk, rgb(0x9e958a), 22 * s);
            stroke(trunk, alpha(WHITE, .18), 8 * s);
            Color leaf = jitter(0x3d7d3a, 8);
            AffineTransform at = g.getTransform();
            for (int i = 0; i < 11; i++) {
                double a = -Math.PI + i * Math.PI / 10 + rnd(-.1, .1);
                double len = rnd(120, 170) * s;
                double ex = topX + Math.cos(a) * len;
                double ey = topY + Math.sin(a) * len * .35 + len * .55;
                Path2D leafP = new Path2D.Double();
                double mx = (topX + ex) / 2;
                double my = Math.min(topY, ey) - 50 * s;
                leafP.moveTo(topX, topY);
                leafP.quadTo(mx, my - 14 * s, ex, ey);
                leafP.quadTo(mx, my + 14 * s, topX, topY);
                fill(leafP, i % 2 == 0 ? leaf : darker(leaf, .15));
            }
            g.setTransform(at);
        }

        void building(double cx, double base) {
            double bwid = Math.min(W * rnd(.72, .84), 1400);
            int floors = r.nextDouble() < 0.4 ? 3 : 2;
            double wingTop = floors == 3 ? 300 : 360;
            double coreW = bwid * rnd(.28, .34);
            double coreTop = wingTop - 60;
            Color facade = jitter(pickI(0xf1d58a, 0xefe3c4, 0xf3eee4, 0xe8c98c), 6);
            Color trim = lighter(facade, .55);
            Color roof = jitter(pickI(0x8e3b2e, 0x6f6a66, 0x9a4a35), 6);
            double x0 = cx - bwid / 2;
            double x1 = cx + bwid / 2;
            shadow(cx, base, bwid * .6, 24, .3);
            fill(poly(x0 + 24, wingTop - 42, x1 - 24, wingTop - 42, x1 + 6, wingTop, x0 - 6, wingTop),
                    vg(wingTop - 42, lighter(roof, .1), wingTop, darker(roof, .2)));
            fill(rect(x0, wingTop, bwid, base - wingTop), vg(wingTop, lighter(facade, .08), base, darker(facade, .1)));
            fill(rect(x0 - 8, wingTop, bwid + 16, 14), trim);
            fill(rect(x0, wingTop + 14, bwid, 10), alpha(BLACK, .12));
            double floorH = (base - 34 - wingTop - 24) / floors;
            for (int f = 1; f < floors; f++) {
                fill(rect(x0, wingTop + 24 + f * floorH - 8, bwid, 8), trim);
            }
            fill(rect(x0, base - 34, bwid, 34), darker(facade, .18));
            Color shutter = pickC(rgb(0x3d6b4f), rgb(0x4a6b3a), rgb(0x2f4f6b));
            double ww = 30;
            double gapW = 66;
            for (int side = -1; side <= 1; side += 2) {
                double a = side < 0 ? x0 + 40 : cx + coreW / 2 + 40;
                double b = side < 0 ? cx - coreW / 2 - 40 : x1 - 40;
                int cnt = Math.max(1, (int) ((b - a) / gapW));
                double stepW = (b - a) / cnt;
                for (int i = 0; i < cnt; i++) {
                    double wx = a + (i + .5) * stepW;
                    for (int f = 0; f < floors; f++) {
                        double wy = wingTop + 24 + f * floorH + floorH * .2;
                        window(wx, wy, ww, floorH * .58, shutter, trim);
                    }
                }
            }
            // portico
            double c0 = cx - coreW / 2;
            double c1 = cx + coreW / 2;
            fill(rect(c0 - 10, coreTop, coreW + 20, base - coreTop), darker(facade, .28));
            for (int i = 0; i < 3; i++) {
                double dx = cx + (i - 1) * coreW * .3;
                fill(rr(dx - 26, base - 170, 52, 136, 26), vg(base - 170, rgb(0x3a2f28), base - 34, rgb(0x1f1915)));
                fill(rr(dx - 26, base - 170, 52, 136, 26), alpha(rgb(0xffd59a), .12));
            }
            boolean tower = floors == 2 && r.nextDouble() < 0.45;
            if (tower) {
                double tw = coreW * .26;
                double tt = coreTop - coreW * .24 - 75;
                fill(rect(cx - tw / 2, tt, tw, coreTop - tt), vg(tt, lighter(facade, .06), coreTop, darker(facade, .12)));
                fill(rect(cx - tw / 2 - 8, tt - 10, tw + 16, 14), trim);
                fill(ell(cx, tt + 45, tw * .3, tw * .3), trim);
                fill(ell(cx, tt + 45, tw * .25, tw * .25), rgb(0xfbf8f0));
                stroke(line(cx, tt + 45, cx + tw * .12, tt + 38), rgb(0x333333), 2.5);
                stroke(line(cx, tt + 45, cx - tw * .02, tt + 30), rgb(0x333333), 2);
                fill(new Arc2D.Double(cx - tw * .45, tt - 10 - tw * .4, tw * .9, tw * .8, 0, 180, Arc2D.CHORD),
                        vg(tt - tw * .4, lighter(roof, .15), tt, roof));
                fill(rect(cx - 2, tt - tw * .4 - 50, 4, 50), rgb(0xdddddd));
                wavingFlag(cx + 2, tt - tw * .4 - 48, 48, 32, rnd(0, 6));
            }
            fill(poly(c0 - 24, coreTop, c1 + 24, coreTop, cx, coreTop - coreW * .24), vg(coreTop - coreW * .24, trim,
                    coreTop, darker(trim, .08)));
            fill(poly(c0 + 6, coreTop - 6, c1 - 6, coreTop - 6, cx, coreTop - coreW * .24 + 14), darker(facade, .1));
            emblem(cx, coreTop - coreW * .085, coreW * .07);
            fill(rect(c0 - 24, coreTop, coreW + 48, 36), vg(coreTop, trim, coreTop + 36, darker(trim, .12)));
            fill(rect(c0 - 24, coreTop + 36, coreW + 48, 8), alpha(BLACK, .15));
            int nCol = r.nextBoolean() ? 6 : 8;
            double colW = coreW / (nCol * 2.1);
            for (int i = 0; i < nCol; i++) {
                double colX = c0 + (i + .5) * coreW / nCol;
                fill(rect(colX + colW * .5, coreTop + 44, colW * .9, base - coreTop - 60), alpha(BLACK, .18));
                fill(rect(colX - colW / 2, coreTop + 52, colW, base - coreTop - 80), hg(colX - colW / 2, trim,
                        colX + colW / 2, darker(trim, .22)));
                fill(rect(colX - colW * .7, coreTop + 44, colW * 1.4, 10), trim);
                fill(rect(colX - colW * .7, base - 30, colW * 1.4, 12), darker(trim, .1));
            }
            for (int i = 0; i < 5; i++) {
                double sw = coreW + 40 + i * 24;
                double sy = base - 18 + i * 9;
                fill(rect(cx - sw / 2, sy, sw, 9), vg(sy, lighter(trim, .1), sy + 9, darker(trim, .2)));
            }
            // roof flag
            if (!tower && r.nextBoolean()) {
                double py = coreTop - coreW * .24;
                fill(rect(cx - 2, py - 90, 4, 90), rgb(0xdddddd));
                wavingFlag(cx + 2, py - 88, 60, 40, rnd(0, 6));
            }
        }

        void window(double cx, double top, double w, double h, Color shutter, Color trim) {
            fill(rect(cx - w / 2 - 6, top - 6, w + 12, h + 12), trim);
            fill(rect(cx - w / 2, top, w, h), vg(top, rgb(0x5a6b78), top + h, rgb(0x2a3640)));
            fill(rect(cx - w / 2, top, w, h * .45), alpha(WHITE, .12));
            fill(rect(cx - w / 2 - 6 - w * .45, top, w * .45, h), shutter);
            fill(rect(cx + w / 2 + 6, top, w * .45, h), darker(shutter, .1));
            fill(rect(cx - w / 2 - 8, top + h + 6, w + 16, 6), darker(trim, .1));
        }

        void ceremony() {
            double floorY = 700;
            zoom(W * rnd(.45, .55), 330, rnd(1.0, 1.14));
            Shape bd = rect(0, 0, W, floorY);
            fill(bd, radial(W / 2, 380, W * .7, lighter(red, .12), darker(red, .32)));
            drum(W * rnd(.62, .86), rnd(350, 460), rnd(230, 320), alpha(gold, .1));
            double sy = rnd(70, 110);
            double sh = 100;
            fill(rect(0, sy, W, sh), vg(sy, lighter(gold, .18), sy + sh, darker(gold, .12)));
            fill(rect(0, sy + 7, W, 3), alpha(darker(red, .1), .6));
            fill(rect(0, sy + sh - 10, W, 3), alpha(darker(red, .1), .6));
            for (double x = rnd(0, 40); x < W; x += 40) {
                fill(star(x, sy + sh + 20, 5, 0), alpha(gold, .35));
            }
            if (r.nextDouble() < 0.35) {
                emblem(W / 2, sy + sh / 2, 74);
                sloganBars(W * .22, sy + 30, W * .28, 18, 2);
                sloganBars(W * .78, sy + 30, W * .28, 18, 2);
            } else {
                double ex = W * rnd(.08, .14) + 40;
                emblem(ex, sy + sh / 2, 78);
                sloganBars(W * .55, sy + 28, W * .6, 20, 2);
            }
            fill(rect(0, floorY, W, H - floorY), vg(floorY, lighter(carpet, .06), H, darker(carpet, .45)));
            fill(rect(0, floorY - 10, W, 20), vg(floorY - 10, alpha(BLACK, 0), floorY + 10, alpha(BLACK, .35)));
            fill(rect(0, floorY + 20, W, 40), alpha(WHITE, .04));
            int n = 5 + r.nextInt(5);
            double span = W * rnd(.72, .86);
            double spc = span / n;
            double h = Math.min(80, spc * .46);
            double feet = 890;
            double x0 = W / 2 - span / 2 + rnd(-30, 30);
            for (int i = 0; i < n; i++) {
                glow(x0 + (i + .5) * spc, feet - 5 * h, 4 * h, warmLight, .12);
            }
            int mode = r.nextInt(3);
            for (int i = 0; i < n; i++) {
                double cx = x0 + (i + .5) * spc + rnd(-6, 6);
                double hh = h * rnd(.95, 1.05);
                int hold = switch (mode) {
                    case 0 -> 3;
                    case 1 -> 2;
                    default -> 1;
                };
                if (r.nextDouble() < .15) {
                    hold = 1 + r.nextInt(3);
                }
                standing(cx, feet - 7.0 * hh, hh, person(), hold);
            }
            fill(rect(0, 955, W, 45), vg(955, darker(red, .25), H, darker(red, .5)));
            fill(rect(0, 955, W, 4), alpha(gold, .85));
            for (double x = -60 + rnd(0, 50); x < W + 80; x += 155) {
                flowers(x, 962, 200, 120, 36);
            }
        }

        /** Faint concentric "bronze drum" ornament. */
        void drum(double cx, double cy, double rad, Color c) {
            for (int i = 0; i < 7; i++) {
                double rr = rad * (1 - i * .13);
                stroke(ell(cx, cy, rr, rr), c, i % 2 == 0 ? 6 : 2.5);
            }
            fill(star(cx, cy, rad * .18, 0), c);
            for (int i = 0; i < 14; i++) {
                double a = i * Math.PI / 7;
                stroke(line(cx + Math.cos(a) * rad * .2, cy + Math.sin(a) * rad * .2, cx + Math.cos(a) * rad * .3,
                        cy + Math.sin(a) * rad * .3), c, 3);
            }
        }

        void office() {
            boolean winLeft = r.nextBoolean();
            double wallBot = 610;
            Color wall = lighter(neutral, .1);
            fill(rect(0, 0, W, wallBot), vg(0, darker(wall, .06), wallBot, wall));
            fill(rect(0, wallBot - 14, W, 14), darker(wall, .2));
            // window
            double wx = winLeft ? W * .05 : W * .62;
            double ww = W * .33;
            double wy = 70;
            double wh = 420;
            fill(rect(wx - 12, wy - 12, ww + 24, wh + 24), rgb(0xf4f4f2));
            fill(rect(wx, wy, ww, wh), vg(wy, rgb(0x9cc4e8), wy + wh, rgb(0xe7f1f8)));
            Shape oldClip = g.getClip();
            g.clip(rect(wx, wy, ww, wh));
            Color far = rgb(0x8fb48a);
            for (double x = wx; x < wx + ww; x += rnd(30, 60)) {
                fill(ell(x, wy + wh - rnd(20, 80), rnd(30, 60), rnd(40, 70)), alpha(far, .8));
            }
            fill(rect(wx, wy + wh * .8, ww, wh * .2), alpha(rgb(0xc9c2b5), .8));
            g.setClip(oldClip);
            for (double y = wy; y < wy + wh * .62; y += 14) {
                fill(rect(wx, y, ww, 9), alpha(rgb(0xf6f3ec), .92));
            }
            fill(rect(wx + ww / 2 - 3, wy, 6, wh), rgb(0xf4f4f2));
            glow(wx + ww / 2, wy + wh / 2, ww * .9, WHITE, .25);
            // shelves
            double sx = winLeft ? W * .53 : W * .05;
            double sw = W * .38;
            shelves(sx, 80, sw, 530);
            // clock between
            double clx = winLeft ? W * .455 : W * .505;
            fill(ell(clx, 150, 34, 34), rgb(0x333333));
            fill(ell(clx, 150, 29, 29), rgb(0xfbfbf9));
            stroke(line(clx, 150, clx + 12, 142), rgb(0x222222), 3);
            stroke(line(clx, 150, clx - 2, 128), rgb(0x222222), 2);
            // floor
            Color floorC = pickC(rgb(0xc8a57e), rgb(0xb9b3aa), rgb(0xa98a6a), rgb(0xd2c3ad));
            fill(rect(0, wallBot, W, H - wallBot), vg(wallBot, darker(floorC, .08), H, lighter(floorC, .05)));
            double vpX = W * .5;
            for (int i = -14; i <= 14; i++) {
                stroke(line(vpX + i * 60, wallBot, vpX + i * 200, H), alpha(BLACK, .06), 2);
            }
            // light falling in from the window
            fill(poly(wx, wallBot, wx + ww, wallBot, wx + ww + (winLeft ? 260 : -160), H, wx + (winLeft ? 40 : -380), H),
                    alpha(WHITE, .12));
            // desk row with people from behind
            int nd = 2 + r.nextInt(2);
            double dw = W * .82 / nd;
            double dx0 = W * .09;
            double deskTop = 660;
            for (int i = 0; i < nd; i++) {
                double cx = dx0 + (i + .5) * dw;
                desk(cx, deskTop, dw * .86);
            }
            Color chair = pickC(rgb(0x2b2b2b), rgb(0x2f3a4a), rgb(0x3b3b3b));
            for (int i = 0; i < nd; i++) {
                double cx = dx0 + (i + .5) * dw + rnd(-30, 30);
                if (r.nextDouble() < .85) {
                    double ph = 62;
                    personBack(cx, 560, ph, person(), null);
                    fill(rr(cx - 54, 560 + 1.9 * ph, 108, 120, 30), vg(660, lighter(chair, .1), 800, darker(chair, .3)));
                } else {
                    fill(rr(cx - 58, 640, 116, 150, 30), vg(620, lighter(chair, .1), 790, darker(chair, .3)));
                }
                fill(rect(cx - 6, 780, 12, 70), rgb(0x222222));
                shadow(cx, 860, 90, 14, .35);
                fill(rr(cx - 80, 850, 160, 12, 8), rgb(0x1d1d1d));
            }
            // plant in the corner, foreground desk on the other side
            double plx = winLeft ? W * .96 : W * .04;
            plant(plx, 960, 1.2);
            foregroundDesk(winLeft);
            fill(rect(0, 0, W, H), vg(0, alpha(WHITE, .05), H, alpha(BLACK, .05)));
        }

        /** Corner of a desk close to the camera, with documents, a mug and a small desk flag. */
        void foregroundDesk(boolean onLeft) {
            double x0 = onLeft ? -40 : W * rnd(.5, .6);
            double x1 = onLeft ? W * rnd(.4, .5) : W + 40;
            double top = 872;
            Color d = pickC(lighter(wood, .15), rgb(0xd8c8ae), rgb(0x8a6a4f));
            shadow((x0 + x1) / 2, top - 4, (x1 - x0) * .5, 10, .25);
            fill(poly(x0, top, x1, top, x1 + (onLeft ? 60 : 0), H, x0 - (onLeft ? 0 : 60), H),
                    vg(top, lighter(d, .12), H, darker(d, .15)));
            fill(rect(x0, top, x1 - x0, 4), alpha(WHITE, .25));
            double cx = onLeft ? x1 - W * .16 : x0 + W * .16;
            // open folder with papers
            AffineTransform at = g.getTransform();
            g.translate(cx, top + 70);
            g.rotate(rnd(-.12, .12));
            shadow(0, 8, 170, 30, .25);
            Color folder = pickC(rgb(0x1e5aa8), darker(red, .05), rgb(0x2e7d32));
            fill(rr(-170, -48, 340, 110, 10), folder);
            fill(poly(-160, -50, -6, -44, -6, 58, -164, 52), rgb(0xfbfbf8));
            fill(poly(6, -44, 160, -50, 164, 52, 6, 58), rgb(0xf6f6f2));
            for (int i = 0; i < 6; i++) {
                double ly = -32 + i * 14;
                fill(rect(-145, ly, rnd(80, 125), 4), rgb(0xb9bec6));
                fill(rect(22, ly, rnd(80, 125), 4), rgb(0xb9bec6));
            }
            fill(rect(-145, -40, 40, 5), alpha(red, .8));
            g.setTransform(at);
            // pen
            stroke(line(cx + 190, top + 30, cx + 250, top + 90), rgb(0x263238), 7);
            // mug
            double mx = onLeft ? cx - 250 : cx + 300;
            shadow(mx, top + 80, 40, 8, .3);
            fill(rr(mx - 30, top + 20, 60, 62, 12), vg(top + 20, WHITE, top + 82, rgb(0xd9d9d9)));
            stroke(new Arc2D.Double(mx + 18, top + 32, 30, 30, -90, 180, Arc2D.OPEN), rgb(0xd0d0d0), 7);
            fill(ell(mx, top + 22, 28, 6), rgb(0x5d4037));
            // desk flag
            double fx = onLeft ? x0 + W * .08 : x1 - W * .08;
            fill(ell(fx, top + 40, 26, 8), rgb(0x444444));
            fill(rect(fx - 2, top - 120, 4, 160), rgb(0xb0b0b0));
            wavingFlag(fx + 2, top - 118, 76, 50, rnd(0, 6));
        }

        void shelves(double x, double y, double w, double h) {
            shadow(x + w / 2, y + h, w * .55, 16, .3);
            Color c = lighter(wood, .15);
            fill(rect(x, y, w, h), darker(c, .1));
            int n = 4;
            double sh = (h - 20) / n;
            int[] binderCols = {0x1e5aa8, 0xc62828, 0x2e7d32, 0xf9a825, 0xeeeeee, 0x37474f, 0x6d4c41, 0x1565c0};
            for (int i = 0; i < n; i++) {
                double sy = y + 10 + i * sh;
                fill(rect(x + 10, sy, w - 20, sh - 10), darker(c, .45));
                double bx = x + 14;
                double end = x + w - 12;
                while (bx < end - 22) {
                    if (r.nextDouble() < .08 && bx + 80 < end) {
                        // lying stack
                        double sw = rnd(50, 80);
                        for (int k = 0; k < 4; k++) {
                            fill(rect(bx, sy + sh - 22 - k * 10, sw, 9), k % 2 == 0 ? rgb(0xf5f2ea) : rgb(0xd9d2c0));
                        }
                        bx += sw + 6;
                        continue;
                    }
                    double bw = Math.min(rnd(22, 34), end - bx);
                    double bh = sh - rnd(18, 30);
                    Color bc = jitter(binderCols[r.nextInt(binderCols.length)], 8);
                    fill(rr(bx, sy + sh - 10 - bh, bw, bh, 4), hg(bx, lighter(bc, .12), bx + bw, darker(bc, .2)));
                    fill(rect(bx + bw * .2, sy + sh - 10 - bh * .62, bw * .6, bh * .22), alpha(WHITE, .85));
                    fill(ell(bx + bw / 2, sy + sh - 10 - bh * .2, bw * .16, bw * .16), alpha(BLACK, .45));
                    bx += bw + 2;
                }
                fill(rect(x, sy + sh - 10, w, 12), vg(sy + sh - 10, lighter(c, .1), sy + sh + 2, darker(c, .15)));
            }
            fill(rect(x, y, 10, h), c);
            fill(rect(x + w - 10, y, 10, h), darker(c, .1));
            fill(rect(x, y, w, 10), lighter(c, .1));
        }

        void desk(double cx, double top, double w) {
            shadow(cx, top + 130, w * .55, 18, .3);
            Color d = pickC(rgb(0xe8e2d6), lighter(wood, .25), rgb(0xd9cbb4));
            fill(rect(cx - w / 2, top, w, 14), vg(top, lighter(d, .1), top + 14, d));
            fill(rect(cx - w / 2 + 10, top + 14, w - 20, 110), darker(d, .25));
            // monitors
            int nm = w > 500 ? 2 : 1;
            for (int i = 0; i < nm; i++) {
                double mx = cx + (nm == 1 ? 0 : (i - .5) * w * .42);
                double mw = 190;
                double mh = 118;
                double my = top - 40 - mh;
                fill(rect(mx - 8, top - 42, 16, 40), rgb(0x2a2a2a));
                fill(rr(mx - 40, top - 6, 80, 8, 4), rgb(0x2a2a2a));
                fill(rr(mx - mw / 2, my, mw, mh, 8), rgb(0x1c1c1e));
                double ix = mx - mw / 2 + 7;
                double iy = my + 7;
                double iw = mw - 14;
                double ih = mh - 14;
                fill(rect(ix, iy, iw, ih), vg(iy, rgb(0xf4f7fb), iy + ih, rgb(0xdfe7f0)));
                Color head = r.nextBoolean() ? darker(red, .05) : blue;
                fill(rect(ix, iy, iw, ih * .14), head);
                fill(rect(ix, iy + ih * .14, iw * .22, ih * .86), rgb(0xe3e8ee));
                for (int k = 0; k < 6; k++) {
                    double ly = iy + ih * (.24 + k * .12);
                    fill(rect(ix + iw * .27, ly, iw * rnd(.4, .68), ih * .05), rgb(0xb4bfcc));
                }
                fill(rect(ix + iw * .7, iy + ih * .25, iw * .25, ih * .3), alpha(gold, .6));
            }
            // desk items
            fill(poly(cx + w * .3, top - 4, cx + w * .42, top - 4, cx + w * .43, top + 2, cx + w * .29, top + 2),
                    rgb(0xfafafa));
            fill(rr(cx - w * .42, top - 22, 16, 22, 4), pickC(rgb(0xffffff), gold, rgb(0xc62828)));
        }

        void plant(double x, double y, double s) {
            shadow(x, y, 60 * s, 12 * s, .35);
            fill(poly(x - 40 * s, y - 80 * s, x + 40 * s, y - 80 * s, x + 30 * s, y, x - 30 * s, y),
                    vg(y - 80 * s, rgb(0xf2efe8), y, rgb(0xcfc8bb)));
            Color leaf = jitter(0x3b7d3f, 8);
            AffineTransform at = g.getTransform();
            for (int i = 0; i < 14; i++) {
                g.setTransform(at);
                g.translate(x, y - 80 * s);
                g.rotate(rnd(-1.3, 1.3));
                double len = rnd(80, 150) * s;
                fill(ell(0, -len / 2, 14 * s, len / 2), i % 2 == 0 ? leaf : lighter(leaf, .15));
            }
            g.setTransform(at);
        }

        // ---------------------------------------------------------------- grading

        void finish(int w, int h) {
            Rectangle2D all = rect(0, 0, w, h);
            Color tint = warmth > 0 ? rgb(0xffa64d) : rgb(0x5b7bd6);
            double ta = warmth > 0 ? .055 * warmth : .05 * -warmth;
            AffineTransform gt = new AffineTransform();
            gt.translate(w / 2.0, h / 2.0);
            gt.scale(w * .72, h * .72);
            RadialGradientPaint v = new RadialGradientPaint(new Point2D.Double(0, 0), 1f, new Point2D.Double(0, 0),
                    new float[] {0f, .55f, 1f},
                    new Color[] {alpha(tint, ta), alpha(darker(tint, .35), ta + .05), alpha(darker(tint, .9), .44)},
                    MultipleGradientPaint.CycleMethod.NO_CYCLE, MultipleGradientPaint.ColorSpaceType.SRGB, gt);
            fill(all, v);
        }
    }
}
