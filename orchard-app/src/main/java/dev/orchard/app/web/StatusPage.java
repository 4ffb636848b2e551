package dev.orchard.app.web;

import dev.orchard.app.command.Formats;
import dev.orchard.app.status.AccountStatus;
import dev.orchard.app.status.DaemonStatus;
import dev.orchard.app.status.JobSnapshot;
import dev.orchard.app.status.JobProgress;
import dev.orchard.app.status.RecentErrors;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import static dev.orchard.app.web.Replies.escape;

/** The status page: a frame plus a fragment that {@code /status.js} reloads every few seconds. */
final class StatusPage {
    static final String SCRIPT = """
            (function () {
              var last = {};
              // 2026-03-01 19:00 GMT+9: the server's layout, in the browser's time zone, which it names.
              var local = new Intl.DateTimeFormat('en-CA', {year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
                minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short'});
              function format(d) {
                var p = {};
                local.formatToParts(d).forEach(function (x) { p[x.type] = x.value; });
                return p.year + '-' + p.month + '-' + p.day + ' ' + p.hour + ':' + p.minute + ' ' + p.timeZoneName;
              }
              function localTimes() {
                document.querySelectorAll('time[datetime]').forEach(function (t) {
                  var d = new Date(t.getAttribute('datetime'));
                  if (!isNaN(d)) { t.textContent = format(d); t.title = t.getAttribute('datetime'); }
                });
                var now = Date.now();
                document.querySelectorAll('progress[data-job]').forEach(function (p) {
                  var job = p.getAttribute('data-job'), done = +p.getAttribute('data-done'), prev = last[job];
                  if (prev && now > prev.at && done >= prev.done) p.nextElementSibling.textContent = ((done - prev.done) * 1000 / (now - prev.at)).toFixed(1) + '/s';
                  last[job] = {done: done, at: now};
                });
              }
              localTimes();
              function refresh() {
                fetch('?part=status', {credentials: 'same-origin', cache: 'no-store'})
                  .then(function (r) { return r.ok ? r.text() : null; })
                  .then(function (html) { if (html !== null) { document.getElementById('status').innerHTML = html; localTimes(); } })
                  .catch(function () {});
              }
              setInterval(refresh, 2000);
            })();
            """;

    /** The 2FA page's top: the shared stylesheet and navigation (relative links, so a base path keeps working). */
    static final String NAV_SIGN_IN = "<link rel=\"stylesheet\" href=\"assets/orchard.css\"><nav class=\"top\"><b>Orchard</b>"
            + "<a href=\"photos/\">Library</a><a href=\"photos/#albums\">Albums</a><a href=\"./\">Status</a>"
            + "<a href=\"mfa\" aria-current=\"page\">Sign-in</a></nav>";

    private StatusPage() {
    }

    static String page(DaemonStatus s, String csrf, Clock clock) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>Orchard</title>"
                + "<meta name=\"viewport\" content=\"width=device-width\"><link rel=\"stylesheet\" href=\"assets/orchard.css\"></head><body>"
                + "<nav class=\"top\"><b>Orchard</b><a href=\"photos/\">Library</a><a href=\"photos/#albums\">Albums</a>"
                + "<a href=\"./\" aria-current=\"page\">Status</a><a href=\"mfa\">Sign-in</a></nav>"
                + "<main class=\"status\"><h1>Status</h1><div id=\"status\">" + fragment(s, csrf, clock) + "</div>"
                + "</main><script src=\"status.js\"></script></body></html>";
    }

    static String fragment(DaemonStatus s, String csrf, Clock clock) {
        StringBuilder h = new StringBuilder();
        h.append("<p class=\"note\">Orchard ").append(escape(s.version())).append("; ").append(s.accounts().size())
                .append(s.accounts().size() == 1 ? " Apple ID" : " Apple IDs").append("</p>");
        for (int i = 0; i < s.accounts().size(); i++) h.append(account(s.accounts().get(i), i == 0 ? "" : "-" + (i + 1), s.accounts().size() > 1, csrf, clock));
        return h.toString();
    }

    /** One Apple ID; the first one's elements keep plain ids ({@code session-state}), the others' end in -2, -3... */
    private static String account(AccountStatus s, String id, boolean several, String csrf, Clock clock) {
        StringBuilder h = new StringBuilder("<section class=\"account\" data-account=\"").append(escape(s.account())).append("\">");
        h.append("<h2>Account: <b id=\"account").append(id).append("\" class=\"account-name\">").append(escape(s.account())).append("</b></h2>");
        String stateClass = s.sessionState().equals("SIGNED_IN") ? "ok" : "bad";
        h.append("<p>Session: <b id=\"session-state").append(id).append("\" class=\"session-state ").append(stateClass).append("\" data-state=\"")
                .append(s.sessionState().toLowerCase(Locale.ROOT)).append("\">").append(escape(s.sessionLabel())).append("</b>");
        if (s.sessionDetail() != null && !s.sessionDetail().equals(s.sessionLabel())) {
            h.append(" — <span id=\"session-detail").append(id).append("\" class=\"session-detail\">").append(escape(s.sessionDetail())).append("</span>");
        }
        if (s.retryAt() != null) h.append(" (next try ").append(time(s.retryAt())).append(")");
        h.append("</p>");
        String accountField = several ? hidden("account", s.account()) : "";
        if (s.waitingForCode()) {
            h.append("<p><a id=\"enter-code").append(id).append("\" class=\"enter-code\" href=\"mfa")
                    .append(several ? "?account=" + escape(URLEncoder.encode(s.account(), StandardCharsets.UTF_8)) : "")
                    .append("\"><b>Enter the verification code</b></a> Apple sent.</p>");
        }
        if (s.sessionState().equals("NEEDS_USER")) {
            h.append("<form method=\"post\" action=\"signin\">").append(csrfField(csrf)).append(accountField)
                    .append("<button id=\"sign-in").append(id).append("\" class=\"sign-in\">Sign in again</button></form>");
        }
        h.append("<p>Trust: <span id=\"trust").append(id).append("\" class=\"trust\">");
        if (s.trustExpires() == null) {
            h.append("unknown until signed in");
        } else {
            h.append("Apple asks for a new code around ").append(time(s.trustExpires()))
                    .append(" (").append(escape(Formats.inDays(clock, s.trustExpires()))).append(")");
        }
        h.append("</span></p>");
        h.append("<h3>Jobs</h3><table><tr><th>Job</th><th>Schedule</th><th>Now</th><th>Last run</th><th>Result</th><th>Next run</th><th></th></tr>");
        for (JobSnapshot j : s.jobs()) h.append(jobRow(j, id, csrf, accountField));
        h.append("</table>");
        if (s.jobs().isEmpty()) h.append("<p class=\"note\">No jobs for this account.</p>");
        h.append("<h3>Recent errors</h3>");
        if (s.recentErrors().isEmpty()) {
            h.append("<p id=\"no-errors").append(id).append("\" class=\"note\">None.</p>");
        } else {
            h.append("<ul id=\"errors").append(id).append("\">");
            for (RecentErrors.Entry e : s.recentErrors()) {
                h.append("<li>").append(time(e.at())).append(" <b>").append(escape(e.source())).append("</b>: ")
                        .append(escape(e.message())).append("</li>");
            }
            h.append("</ul>");
        }
        return h.append("</section>").toString();
    }

    private static String jobRow(JobSnapshot j, String id, String csrf, String accountField) {
        String result = j.lastResult() == null ? "" : j.lastResult();
        StringBuilder h = new StringBuilder("<tr id=\"job-").append(escape(j.name())).append(id).append("\" class=\"job\" data-job=\"")
                .append(escape(j.name())).append("\" data-result=\"").append(escape(result))
                .append("\" data-running=\"").append(j.running()).append("\">");
        h.append("<td><b>").append(escape(j.name())).append("</b></td><td>").append(escape(j.schedule())).append("</td><td>");
        if (j.running()) {
            h.append("running");
            JobProgress p = j.progress();
            if (p != null) {
                h.append(": ").append(escape(p.phase())).append(" ").append(p.done());
                if (p.total() >= 0) h.append(" / ").append(p.total());
                h.append(" <progress data-job=\"").append(escape(j.name())).append(id).append("\" data-done=\"").append(p.done()).append("\"")
                        .append(p.total() > 0 ? " max=\"" + p.total() + "\" value=\"" + p.done() + "\"" : "").append("></progress> <span class=\"rate note\"></span>");
            }
        } else {
            h.append("idle");
        }
        h.append("</td><td>").append(j.lastEnd() == null ? "never" : time(j.lastEnd())).append("</td><td class=\"")
                .append(result.equals("ok") ? "ok" : result.isEmpty() ? "" : "bad").append("\">").append(escape(result));
        if (j.lastSummary() != null) h.append(": ").append(escape(j.lastSummary()));
        if (j.consecutiveFailures() > 1) h.append(" (").append(j.consecutiveFailures()).append(" failures in a row)");
        h.append("</td><td>").append(j.nextRun() == null ? "—" : time(j.nextRun())).append("</td><td>");
        h.append("<form method=\"post\" action=\"sync/").append(escape(j.name())).append("\">").append(csrfField(csrf)).append(accountField)
                .append("<button class=\"sync-now\"").append(j.running() ? " disabled" : "").append(">Sync now</button></form></td></tr>");
        return h.toString();
    }

    /** A time the page's script shows in the browser's time zone; the server's rendering until then. */
    private static String time(java.time.Instant at) {
        return "<time datetime=\"" + at + "\">" + escape(Formats.dateTime(at)) + "</time>";
    }

    private static String csrfField(String csrf) {
        return hidden("csrf", csrf);
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
    }

}
