package dev.orchard.drive.testing;

/** Thrown from a hook to stop a pass dead, as a kill would (an Error, so no engine code catches it). */
public final class SimulatedCrash extends Error {
    public SimulatedCrash(String where) {
        super("simulated crash " + where, null, false, false);
    }
}
