package dev.orchard.fake.photos.content;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A few small real JPEGs and PNGs, encoded once, that every photo of the fake is built on: each file is one of
 * these with a unique comment segment (JPEG) or private chunk (PNG) inserted, so it decodes anywhere yet has its
 * own checksum.
 */
final class BaseImages {
    private static final int PALETTE = 8;
    private static final int SHAPES = 4;
    private static final Map<Long, byte[]> CACHE = new ConcurrentHashMap<>();

    private BaseImages() {
    }

    /** A JPEG of {@code width}×{@code height}: one of a few colour gradients and shapes, chosen by {@code seed}. */
    static byte[] jpeg(int width, int height, long seed) {
        return image("jpg", width, height, seed);
    }

    static byte[] png(int width, int height, long seed) {
        return image("png", width, height, seed);
    }

    private static byte[] image(String format, int width, int height, long seed) {
        int scheme = Math.floorMod(seed, PALETTE * SHAPES);
        long key = ((long) width << 40) | ((long) height << 16) | ((format.equals("png") ? 1L : 0L) << 8) | scheme;
        return CACHE.computeIfAbsent(key, k -> encode(format, width, height, scheme));
    }

    private static byte[] encode(String format, int width, int height, int scheme) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        float hue = (scheme % PALETTE) / (float) PALETTE;
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.6f, 0.95f),
                width, height, Color.getHSBColor(hue + 0.3f, 0.8f, 0.4f)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        int x = width / 4;
        int y = height / 4;
        int w = width / 2;
        int h = height / 2;
        switch (scheme / PALETTE) {
            case 0 -> g.fillOval(x, y, w, h);
            case 1 -> g.fillRect(x, y, w, h);
            case 2 -> g.fillPolygon(new int[] {x, x + w / 2, x + w}, new int[] {y + h, y, y + h}, 3);
            default -> g.fillPolygon(new int[] {x + w / 2, x + w, x + w / 2, x}, new int[] {y, y + h / 2, y + h, y + h / 2}, 4);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) throw new IllegalStateException("no " + format + " writer in this JDK");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
