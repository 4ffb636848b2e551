/** The SRP-6a exchange Apple's sign-in uses (the password never leaves the machine); used only by {@code auth}. */
package dev.orchard.icloud.auth.srp;
