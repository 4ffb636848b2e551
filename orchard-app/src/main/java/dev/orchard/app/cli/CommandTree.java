package dev.orchard.app.cli;

import dev.orchard.app.drive.DriveCommand;
import dev.orchard.app.photos.PhotosCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Orchard's commands as picocli models them, built only as far as a command line needs. Picocli reads every option of
 * every command by reflection from class files that no start-up cache can hold (picocli's are Java 5 class files), and
 * doing it for the whole tree was most of a short run's start-up. A command line that names its command gets the
 * models of that command and its parents; one that does not (help, a typo, no command at all) gets the whole tree, so
 * usage, suggestions and errors read as before.
 */
public final class CommandTree {
    /** The commands under each command that has some, in the order help lists them. */
    private static final Map<Class<?>, List<Class<?>>> CHILDREN = Map.of(
            OrchardCommand.class, OrchardCommand.SUBCOMMANDS,
            PhotosCommand.class, PhotosCommand.SUBCOMMANDS,
            DriveCommand.class, DriveCommand.SUBCOMMANDS);

    private CommandTree() {
    }

    /** The model of the commands {@code args} names, under {@code root}. */
    public static CommandLine forArgs(Object root, String[] args) {
        CommandLine top = new CommandLine(root);
        CommandLine level = top;
        int from = 0;
        while (CHILDREN.containsKey(level.getCommandSpec().userObject().getClass())) {
            int at = nextWord(level.getCommandSpec(), args, from);
            Class<?> named = at < 0 ? null : childNamed(level, args[at]);
            if (named == null) {
                addAll(level);
                break;
            }
            CommandLine sub = new CommandLine(named);
            level.addSubcommand(sub);
            level = sub;
            from = at + 1;
        }
        return top;
    }

    /** The model of every command under {@code root}. */
    public static CommandLine full(Object root) {
        CommandLine top = new CommandLine(root);
        addAll(top);
        return top;
    }

    private static void addAll(CommandLine parent) {
        for (Class<?> child : CHILDREN.getOrDefault(parent.getCommandSpec().userObject().getClass(), List.of())) {
            CommandLine sub = new CommandLine(child);
            parent.addSubcommand(sub);
            addAll(sub);
        }
    }

    private static Class<?> childNamed(CommandLine parent, String word) {
        for (Class<?> child : CHILDREN.get(parent.getCommandSpec().userObject().getClass())) {
            if (child.getAnnotation(Command.class).name().equals(word)) return child;
        }
        return null;
    }

    /**
     * The index of the first word of {@code args} from {@code from} on that is not an option of {@code spec} or an
     * option's value; -1 when there is none, or when a word is something this walk does not read the way picocli
     * would (an unknown or clustered option, one with an optional or variable number of values, {@code --}).
     */
    static int nextWord(CommandSpec spec, String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) return -1;
            if (!a.startsWith("-") || a.equals("-")) return i;
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            OptionSpec option = spec.findOption(name);
            if (option == null || !Arrays.asList(option.names()).contains(name)) return -1;
            int min = option.arity().min(), max = option.arity().max();
            if (max == 0 || eq >= 0 && min == 1 && max == 1) continue;
            if (min != 1 || max != 1) return -1;
            i++;
        }
        return -1;
    }
}
