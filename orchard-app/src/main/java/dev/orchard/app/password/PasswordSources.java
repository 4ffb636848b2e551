package dev.orchard.app.password;

import dev.orchard.app.config.ConfigException;
import dev.orchard.icloud.auth.PasswordProvider;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;

/**
 * Where the Apple ID password comes from, first match wins: {@code --password-command}, {@code --password-file},
 * {@code ORCHARD_PASSWORD}, the desktop keyring (with {@code --keyring}), then a prompt on the terminal. Asked
 * only when a password sign-in is needed.
 * Error messages never include the password or the command's output.
 */
public final class PasswordSources implements PasswordProvider {
    private static final long COMMAND_TIMEOUT_SECONDS = 60;

    private final String appleId;
    private final String command;
    private final Path file;
    private final String envPassword;
    private final Console console;
    private final KeyringPassword keyring;

    public PasswordSources(String appleId, String command, Path file, String envPassword, Console console) {
        this(appleId, command, file, envPassword, null, console);
    }

    /** {@code keyring} null: the keyring is not consulted. */
    public PasswordSources(String appleId, String command, Path file, String envPassword, KeyringPassword keyring, Console console) {
        if (command != null && file != null) {
            throw new ConfigException("--password-command and --password-file are both set; use one of them");
        }
        this.appleId = appleId;
        this.command = command;
        this.file = file;
        this.envPassword = envPassword;
        this.console = console;
        this.keyring = keyring;
    }

    @Override
    public char[] password() {
        if (command != null) return fromCommand();
        if (file != null) return readSecretFile(file, "--password-file");
        if (envPassword != null && !envPassword.isEmpty()) return envPassword.toCharArray();
        if (keyring != null) {
            char[] p = keyring.lookup();
            if (p != null) return p;
            if (console == null) {
                throw new ConfigException("the keyring has no password for " + appleId + "; store it with: orchard login "
                        + "--save-password, or " + keyring.storeCommand());
            }
        }
        if (console != null) {
            char[] p = console.readPassword("Apple ID password for %s: ", appleId);
            if (p != null && p.length > 0) return p;
        }
        throw new ConfigException("no password for " + appleId + ": set ORCHARD_PASSWORD, --password-file or "
                + "--password-command, or run on a terminal to be asked");
    }

    /**
     * The first line of a file that holds a secret; refused when others may read it.
     *
     * @throws ConfigException naming {@code option} when the file is missing, unreadable, open to others or empty
     */
    public static char[] readSecretFile(Path file, String option) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ)) {
                throw new ConfigException(option + " " + file + " is readable by other users; chmod 600 it first");
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                return firstLine(bytes, option + " " + file);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        } catch (NoSuchFileException e) {
            throw new ConfigException(option + " " + file + " does not exist");
        } catch (IOException e) {
            throw new ConfigException(option + " " + file + " cannot be read: " + e.getMessage());
        }
    }

    private char[] fromCommand() {
        try {
            SecretOutput.Result r = SecretOutput.run(new ProcessBuilder("/bin/sh", "-c", command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT), COMMAND_TIMEOUT_SECONDS);
            byte[] out = r.stdout();
            try {
                if (r.exit() < 0) throw new ConfigException("--password-command did not finish within " + COMMAND_TIMEOUT_SECONDS + " s");
                if (r.exit() != 0) throw new ConfigException("--password-command exited with status " + r.exit());
                return firstLine(out, "--password-command");
            } finally {
                Arrays.fill(out, (byte) 0);
            }
        } catch (IOException e) {
            throw new ConfigException("--password-command cannot be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("interrupted while running --password-command");
        }
    }

    /** The first line, without its line break; an empty result is an error. */
    /** The UTF-8 bytes of a secret without making a String of it; the caller wipes both arrays. */
    static byte[] utf8(char[] secret) {
        java.nio.ByteBuffer buf = java.nio.charset.StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(secret));
        byte[] out = new byte[buf.remaining()];
        buf.get(out);
        if (buf.hasArray()) java.util.Arrays.fill(buf.array(), (byte) 0);
        return out;
    }

    static char[] firstLine(byte[] bytes, String source) {
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') end++;
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, end));
        char[] out = new char[chars.remaining()];
        chars.get(out);
        Arrays.fill(chars.array(), '\0');
        if (out.length == 0) throw new ConfigException(source + " gave an empty password");
        return out;
    }
}
