/**
 * What both sync engines do to local files the same way, so neither keeps its own copy: durable writes
 * ({@link dev.orchard.localfiles.DurableFiles}: fsync, atomic rename, no overwrite), names fitted to the 255-byte
 * limit ({@link dev.orchard.localfiles.NameBytes}), the local trash with its retention behind one
 * {@link dev.orchard.localfiles.Trash} interface, the one-process {@link dev.orchard.localfiles.FolderLock} and
 * {@link dev.orchard.localfiles.StateException}. Depends on nothing but the JDK.
 */
package dev.orchard.localfiles;
