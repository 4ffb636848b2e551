package dev.orchard.fake.auth.idmsa;

import dev.orchard.fake.auth.LoginAttempt;
import dev.orchard.fake.http.BadRequest;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Handler;

/** An idmsa endpoint: answers and returns the login it served (or null), so its headers can be stamped. */
@FunctionalInterface
interface IdmsaHandler {
    LoginAttempt handle(Exchange ex) throws Exception;

    /** Wraps it so that refusals become serviceErrors bodies and every response gets the idmsa headers. */
    static Handler stamped(IdmsaHandler h) {
        return ex -> {
            LoginAttempt login;
            try {
                login = h.handle(ex);
            } catch (IdmsaRefusal r) {
                IdmsaReplies.serviceError(ex, r.status, r.code, r.getMessage());
                login = r.login;
            } catch (BadRequest b) {
                IdmsaReplies.serviceError(ex, 400, "fake.bad-request", b.getMessage());
                login = null;
            }
            IdmsaReplies.stamp(ex, login);
        };
    }
}
