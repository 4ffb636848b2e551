package dev.orchard.app.web.library;

import dev.orchard.photos.library.Jpegs;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** The grey picture shown until a sync has fetched iCloud's rendition of an asset. */
final class Placeholder {
    static final byte[] JPEG = render();

    private Placeholder() {
    }

    private static byte[] render() {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x8a8f98));
        g.fillRect(0, 0, 64, 64);
        g.dispose();
        return Jpegs.encode(img);
    }
}
