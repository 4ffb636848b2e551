package dev.orchard.drive.report;

/**
 * Called at each step of an item's change, after the step is done. Tests throw from here to simulate a
 * crash between any two steps; production uses {@link #NONE}.
 */
@FunctionalInterface
public interface SyncHooks {
    SyncHooks NONE = (step, path) -> { };

    void after(Step step, String path);

    enum Step {
        UPLOAD_RESERVED, UPLOAD_COMMITTED, OLD_TRASHED, TEMP_RENAMED, BASE_UPDATED,
        DOWNLOAD_WRITTEN, DOWNLOAD_PLACED, LOCAL_RENAMED, REMOTE_RENAMED, REMOTE_TRASHED, LOCAL_TRASHED, FOLDER_CREATED
    }
}
