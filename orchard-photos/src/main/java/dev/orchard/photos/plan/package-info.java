/**
 * Deciding what the disk should hold for every dirty asset: which files, at which paths
 * ({@link dev.orchard.photos.plan.Layout}), claimed in the state before any download, and what leaves the
 * library (trash, delete or keep). {@link dev.orchard.photos.plan.Planner} hands the downloads on.
 */
package dev.orchard.photos.plan;
