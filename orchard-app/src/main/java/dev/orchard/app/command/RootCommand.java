package dev.orchard.app.command;

/** The root command ({@code orchard}) as its command groups see it: picocli injects it as their parent. */
public interface RootCommand {
    AppContext context();

    /** {@code -v}: log what Orchard does, and let a command say more. */
    boolean verbose();
}
