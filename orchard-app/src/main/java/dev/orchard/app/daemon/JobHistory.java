package dev.orchard.app.daemon;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.orchard.app.status.JobSnapshot;
import dev.orchard.icloud.json.Jsons;
import dev.orchard.icloud.session.SecureFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jobs.json} in the account's state directory: each job's last run, so schedules carry on across
 * restarts and {@code orchard status} can show them. Written atomically, mode 600.
 */
public final class JobHistory {
    private static final Logger LOG = LoggerFactory.getLogger(JobHistory.class);
    private static final TypeReference<List<JobSnapshot>> LIST = new TypeReference<>() {
    };

    private final Path file;

    public JobHistory(Path accountDir) {
        this.file = accountDir.resolve("jobs.json");
    }

    public Path file() {
        return file;
    }

    /** The saved jobs by name; empty when there is no file or it cannot be read. */
    public Map<String, JobSnapshot> load() {
        Map<String, JobSnapshot> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) return out;
        try {
            for (JobSnapshot s : Jsons.MAPPER.readValue(file.toFile(), LIST)) out.put(s.name(), s);
        } catch (IOException e) {
            LOG.warn("ignoring unreadable {}: {}", file, e.getMessage());
        }
        return out;
    }

    public synchronized void save(List<JobSnapshot> jobs) {
        try {
            SecureFiles.privateDirectory(file.getParent());
            SecureFiles.writeAtomically(file, Jsons.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(jobs));
        } catch (IOException e) {
            LOG.warn("cannot save {}: {}", file, e.getMessage());
        }
    }
}
