/**
 * What the fake's services are built from, below every service: the fake's clock ({@link
 * dev.orchard.fake.context.FakeClock}) and the {@link dev.orchard.fake.context.ServiceContext} each service is given
 * instead of the whole fake, so no service package uses the root package that wires them together.
 */
package dev.orchard.fake.context;
