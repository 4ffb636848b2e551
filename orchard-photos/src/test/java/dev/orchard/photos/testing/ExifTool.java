package dev.orchard.photos.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's exiftool ({@code libimage-exiftool-perl}, installed by ./run-tests as root) as an independent XMP reader:
 * every tag of the given files as JSON, numbers as numbers ({@code -n}), tags named with their XMP group
 * ({@code XMP-exif:GPSLatitude}).
 */
public final class ExifTool {
    private ExifTool() {
    }

    /** Why exiftool cannot run here, or null when it can. */
    public static String missing() {
        try {
            Process p = new ProcessBuilder("exiftool", "-ver").redirectErrorStream(true).start();
            if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) return null;
            p.destroyForcibly();
            return "exiftool -ver failed";
        } catch (IOException e) {
            return "exiftool is not installed (Debian: apt-get install libimage-exiftool-perl; ./run-tests does it as root)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The tags of each file, by file; also whether exiftool found the file a well-formed XMP packet (no Error/Warning). */
    public static Map<Path, JsonNode> read(List<Path> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("exiftool", "-j", "-n", "-G1", "-a", "-charset", "filename=utf8"));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("exiftool did not finish");
        }
        Map<Path, JsonNode> byFile = new HashMap<>();
        for (JsonNode n : new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8))) {
            byFile.put(Path.of(n.path("SourceFile").asText()), n);
        }
        return byFile;
    }
}
