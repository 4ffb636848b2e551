package dev.orchard.fake.context;

import dev.orchard.fake.auth.Accounts;
import dev.orchard.fake.auth.WebSessions;
import dev.orchard.fake.faults.Faults;

import java.time.Clock;

/**
 * What a service of the fake (Photos, Drive, Shared Albums) is built from: the fake's clock, its Apple IDs, their
 * web sessions, the fault knobs and the seed that generated content starts from. Never another service and never
 * the whole fake: the fake ({@code FakeICloud}) builds each service from this and puts its routes on the router.
 */
public record ServiceContext(Clock clock, Accounts accounts, WebSessions sessions, Faults faults, long seed) {
}
