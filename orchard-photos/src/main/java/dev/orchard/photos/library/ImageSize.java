package dev.orchard.photos.library;

import dev.orchard.photos.fs.LibraryPaths;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/** Width and height from an image file's header (JPEG, PNG, GIF, BMP, TIFF); {0, 0} for anything else. */
final class ImageSize {
    private ImageSize() {
    }

    static int[] of(LibraryPaths paths, String relative) {
        Path file;
        try {
            file = paths.resolve(relative);
        } catch (IllegalArgumentException e) {
            return new int[]{0, 0};
        }
        if (!Files.isRegularFile(file)) return new int[]{0, 0};
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return new int[]{0, 0};
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return new int[]{0, 0};
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                return new int[]{r.getWidth(0), r.getHeight(0)};
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new int[]{0, 0};
        }
    }
}
