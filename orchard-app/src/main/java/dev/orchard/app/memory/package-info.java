/** How much memory the running program keeps: {@link dev.orchard.app.memory.HeapGovernor}. */
package dev.orchard.app.memory;
