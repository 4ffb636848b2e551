package dev.orchard.fake.auth.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.admin.AdminApi;
import dev.orchard.fake.auth.Delivery;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.FakeAuth;
import dev.orchard.fake.http.BadRequest;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.Router;

import java.util.Iterator;
import java.util.Map;

/**
 * Accounts on the admin API: {@code GET/POST /_fake/accounts}, {@code GET/POST /_fake/accounts/{appleId}} (read,
 * change knobs), {@code POST .../expire-trust}, {@code POST .../expire-sessions}, {@code GET .../last-code}.
 */
public final class AccountAdmin {
    private static final String BASE = "/_fake/accounts";

    private final FakeAuth auth;

    public AccountAdmin(FakeAuth auth) {
        this.auth = auth;
    }

    public void register(Router r) {
        r.get(BASE, this::list);
        r.post(BASE, this::create);
        r.get(BASE + "/{appleId}", ex -> ex.json(withTrust(account(ex))));
        r.post(BASE + "/{appleId}", this::change);
        r.post(BASE + "/{appleId}/expire-trust", ex -> {
            auth.expireTrust(account(ex).appleId());
            ex.json(AdminApi.ok());
        });
        r.post(BASE + "/{appleId}/expire-sessions", ex ->
                ex.json(AdminApi.ok().put("expired", auth.expireSessions(account(ex).appleId()))));
        r.get(BASE + "/{appleId}/last-code", this::lastCode);
    }

    private void list(Exchange ex) {
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("accounts");
        auth.accounts().all().forEach(a -> list.add(withTrust(a)));
        ex.json(out);
    }

    private void create(Exchange ex) {
        JsonNode body = ex.json();
        String appleId = Json.text(body, "appleId");
        String password = Json.text(body, "password");
        if (appleId == null || appleId.isBlank() || password == null || password.isEmpty()) {
            throw new BadRequest("body needs \"appleId\" and \"password\", and optionally knobs: "
                    + String.join(", ", AccountKnobs.NAMES));
        }
        FakeAccount probe = new FakeAccount(appleId, password, "0");
        applyKnobs(probe, body, "appleId", "password");
        FakeAccount a;
        try {
            a = auth.accounts().add(appleId, password);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        applyKnobs(a, body, "appleId", "password");
        ex.json(withTrust(a));
    }

    private void change(Exchange ex) {
        FakeAccount a = account(ex);
        applyKnobs(a, ex.json(), "appleId");
        ex.json(withTrust(a));
    }

    private void lastCode(Exchange ex) {
        FakeAccount a = account(ex);
        Delivery d = auth.codes().last(a);
        if (d == null) {
            ex.text(404, "text/plain", "no 2FA code has been delivered for " + a.appleId());
            return;
        }
        ex.json(Json.object().put("code", d.code()).put("via", d.channel().label()));
    }

    private ObjectNode withTrust(FakeAccount a) {
        return AccountKnobs.describe(a).put("trustTokens", auth.trust().count(a));
    }

    private FakeAccount account(Exchange ex) {
        FakeAccount a = auth.accounts().find(ex.pathParam("appleId"));
        if (a == null) throw new BadRequest("no such fake account: " + ex.pathParam("appleId"));
        return a;
    }

    /** Applies every knob in {@code body} except {@code skip}; the first bad one answers 400. */
    private static void applyKnobs(FakeAccount a, JsonNode body, String... skip) {
        if (!body.isObject()) throw new BadRequest("body must be a JSON object of knobs: " + String.join(", ", AccountKnobs.NAMES));
        Iterator<Map.Entry<String, JsonNode>> it = body.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (java.util.Arrays.asList(skip).contains(e.getKey())) continue;
            JsonNode v = e.getValue();
            try {
                AccountKnobs.apply(a, e.getKey(), v.isNull() ? null : v.asText());
            } catch (IllegalArgumentException ex) {
                throw new BadRequest(ex.getMessage());
            }
        }
    }
}
