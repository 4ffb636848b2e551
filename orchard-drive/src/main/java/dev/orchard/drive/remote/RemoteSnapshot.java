package dev.orchard.drive.remote;

import dev.orchard.icloud.drive.RemoteItem;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The remote tree of one listing pass, keyed by path key. {@code root} is the Drive root folder;
 * {@code unknown} are keys of folders whose listing came back ID_INVALID (their subtree is unknown, never
 * deleted); {@code temps} are Orchard's own temporary uploads found in the tree.
 */
public record RemoteSnapshot(RemoteItem root, Map<String, RemoteEntry> entries, Set<String> colliding,
                             Set<String> holdsSkipped, Set<String> unknown, List<RemoteEntry> temps,
                             List<String> warnings, int rootItems) {
}
