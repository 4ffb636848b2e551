/**
 * Turning the three views (base, local, remote) into actions: renames and moves found by identity, then the
 * three-way reconcile per path ({@link dev.orchard.drive.plan.Planner}), ordered into a
 * {@link dev.orchard.drive.plan.Plan}. Planning reads only; nothing here touches disk or iCloud.
 */
package dev.orchard.drive.plan;
