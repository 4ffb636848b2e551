package dev.orchard.photos.download;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one attempt at the CDN means for the next, as pure functions of what came back (after OkHttp's
 * {@code followUpRequest}): {@link FileFetcher} runs the loop, does the I/O and the waiting, and asks these.
 */
final class FetchDecisions {
    static final int MAX_URL_REFRESHES = 3;
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-");

    private FetchDecisions() {
    }

    /** What the CDN answered, before its body is read. */
    record Answer(int status, String contentType, String contentRange, String location) {
    }

    enum Step {
        /** Read the body, appending to the partial file from {@link Decision#readFrom}. */
        READ,
        /** The URL expired or is refused: get a fresh one and try again (not a network failure). */
        NEW_URL,
        /** Try again after {@link Decision#pause}; a network failure when {@link Decision#counts}. */
        RETRY,
        /** The file is complete (as far as the network goes). */
        DONE,
        /** Give up on this file with {@link Decision#failure}. */
        FAIL
    }

    enum Pause { NONE, BACKOFF, HTML }

    /**
     * @param discardPartial delete the partial file before going on
     * @param problem        why the attempt failed (for the message when the attempts run out), or null
     */
    record Decision(Step step, boolean discardPartial, Pause pause, boolean counts, long readFrom, Problem problem,
                    DownloadException failure) {
        static Decision read(long from, boolean discardPartial) {
            return new Decision(Step.READ, discardPartial, Pause.NONE, false, from, null, null);
        }

        static Decision retry(Problem problem, boolean discardPartial, Pause pause, boolean counts) {
            return new Decision(Step.RETRY, discardPartial, pause, counts, 0, problem, null);
        }

        static Decision fail(DownloadException e) {
            return new Decision(Step.FAIL, false, Pause.NONE, false, 0, null, e);
        }

        static final Decision NEW_URL = new Decision(Step.NEW_URL, false, Pause.NONE, false, 0, null, null);
        static final Decision DONE = new Decision(Step.DONE, false, Pause.NONE, false, 0, null, null);
    }

    /**
     * The answer's status and headers, with {@code have} bytes already in the partial file and {@code refreshes}
     * fresh URLs fetched for this file so far.
     */
    static Decision onAnswer(String path, Answer a, long have, int refreshes) {
        int status = a.status();
        if (status == 410 || status == 403 || status == 404) {
            if (refreshes >= MAX_URL_REFRESHES) {
                return Decision.fail(new DownloadException(path + ": the download URL is refused (HTTP " + status
                        + ") even after fetching a fresh one", true, DownloadTrouble.URL_REFUSED, "HTTP " + status));
            }
            return Decision.NEW_URL;
        }
        if (status == 416) return Decision.retry(Problem.status(416), true, Pause.NONE, true);
        if (status == 429 || status >= 500) return Decision.retry(Problem.status(status), false, Pause.BACKOFF, true);
        if (status >= 300 && status < 400) {
            String to = redirectTarget(a.location());
            return Decision.fail(new DownloadException(path + ": the download server redirects to " + to
                    + " instead of sending the file (HTTP " + status + "; not followed)", false, DownloadTrouble.REDIRECT, to));
        }
        if (status != 200 && status != 206) {
            return Decision.fail(new DownloadException(path + ": the CDN answered HTTP " + status, false,
                    DownloadTrouble.HTTP_STATUS, "HTTP " + status));
        }
        if (HtmlGuard.htmlContentType(a.contentType())) return Decision.retry(Problem.HTML, false, Pause.HTML, true);
        long start = status == 206 ? rangeStart(a.contentRange()) : 0;
        if (start == have) return Decision.read(have, false);
        if (start != 0) return Decision.retry(Problem.BAD_RANGE, true, Pause.NONE, true);
        return Decision.read(0, true);
    }

    /**
     * After reading a body: {@code size} announced (-1 unknown), {@code before} and {@code now} the partial file's
     * length around the read, {@code error} what broke the read (null if it ended normally).
     */
    static Decision afterBody(long size, long before, long now, Problem error) {
        if (size >= 0 && now >= size) return Decision.DONE;
        if (size < 0 && error == null) return Decision.DONE;
        Problem p = error != null ? error : new Problem(DownloadTrouble.SHORT_BODY, "",
                "the body ended after " + now + " of " + size + " bytes");
        boolean progressed = now > before && size >= 0;
        return Decision.retry(p, size < 0, progressed ? Pause.NONE : Pause.BACKOFF, !progressed);
    }

    /** The body turned out to be an HTML page. */
    static Decision htmlBody() {
        return Decision.retry(Problem.HTML, true, Pause.HTML, true);
    }

    static long rangeStart(String contentRange) {
        if (contentRange == null) return -1;
        Matcher m = CONTENT_RANGE.matcher(contentRange);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Where a redirect points, as scheme and host only (the rest may carry anything). */
    static String redirectTarget(String location) {
        if (location == null || location.isBlank()) return "nowhere (no Location)";
        try {
            java.net.URI u = java.net.URI.create(location.trim());
            String scheme = u.getScheme() == null ? "a relative address" : u.getScheme() + "://";
            return u.getHost() == null ? scheme : scheme + u.getHost();
        } catch (IllegalArgumentException e) {
            return "an address that is not a URL";
        }
    }

    /** Why the last attempt at a file failed, kept for the message when the attempts run out. */
    record Problem(DownloadTrouble trouble, String detail, String text) {
        static final Problem HTML = new Problem(DownloadTrouble.HTML_PAGE, "", "an HTML page instead of the file");
        static final Problem BAD_RANGE = new Problem(DownloadTrouble.HTTP_STATUS,
                "a range that does not continue the partial file", "a range that does not continue the partial file");

        static Problem status(int status) {
            return new Problem(DownloadTrouble.HTTP_STATUS, "HTTP " + status, "HTTP " + status);
        }

        static Problem network(Exception e, String text) {
            return new Problem(DownloadTrouble.NETWORK, e.getClass().getSimpleName(), text);
        }
    }
}
