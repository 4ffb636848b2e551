package dev.orchard.app.daemon;

import java.util.List;

/** What the daemon needs to serve one Apple ID: its settings, how to sign it in, and its jobs with their schedules. */
public record AccountSetup(AccountSettings settings, SessionKeeper.Opener opener, List<ScheduledJob> jobs) {
}
