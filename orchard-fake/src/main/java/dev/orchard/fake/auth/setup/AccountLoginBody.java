package dev.orchard.fake.auth.setup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.MfaPolicy;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.PublicUrls;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/** The JSON accountLogin and validate answer with (auth.md §7.1): dsInfo, webservices and the session flags. */
final class AccountLoginBody {
    private AccountLoginBody() {
    }

    static ObjectNode of(Exchange ex, FakeAccount a, boolean trustedBrowser, boolean challengeRequired) {
        ObjectNode out = Json.object();
        out.set("dsInfo", dsInfo(a));
        out.set("webservices", webservices(ex));
        out.put("hsaTrustedBrowser", trustedBrowser);
        out.put("hsaChallengeRequired", challengeRequired);
        out.put("isExtendedLogin", true);
        out.put("pcsEnabled", true);
        out.put("pcsServiceIdentitiesIncluded", !a.adp());
        out.put("iCDPEnabled", a.adp());
        out.put("pcsDeleted", false);
        out.put("termsUpdateNeeded", false);
        out.put("isRepairNeeded", false);
        out.put("isUnderMaintenance", false);
        out.put("hasMinimumDeviceForPhotosWeb", true);
        out.put("ICDRSCapableDeviceCount", 1);
        out.put("ckPartition", 61);
        out.put("userPartition", 61);
        out.put("version", 2);
        out.putObject("requestInfo").put("country", "US").put("timeZone", "GMT+0").put("region", "CA");
        ObjectNode urls = out.putObject("configBag").putObject("urls");
        String setup = PublicUrls.setup(ex) + "/setup/ws/1/";
        for (String call : new String[] {"accountLogin", "validate", "logout", "requestWebAccessState", "requestPCS"}) {
            urls.put(call, setup + call);
        }
        ObjectNode apps = out.putObject("apps");
        apps.putObject("photos");
        apps.putObject("iclouddrive");
        apps.putObject("settings").put("canLaunchWithOneFactor", true);
        out.putArray("appsOrder").add("photos").add("iclouddrive").add("settings");
        return out;
    }

    private static ObjectNode dsInfo(FakeAccount a) {
        String name = a.appleId().contains("@") ? a.appleId().substring(0, a.appleId().indexOf('@')) : a.appleId();
        ObjectNode ds = Json.object();
        ds.put("dsid", a.dsid());
        ds.put("appleId", a.appleId());
        ds.put("primaryEmail", a.appleId());
        ds.put("firstName", name);
        ds.put("lastName", "Orchard");
        ds.put("fullName", name + " Orchard");
        ds.put("hsaVersion", a.mfaPolicy() == MfaPolicy.REPAIR ? 0 : 2);
        ds.put("hsaEnabled", a.mfaPolicy() != MfaPolicy.REPAIR);
        ds.put("hasICloudQualifyingDevice", true);
        ds.put("isWebAccessAllowed", a.webAccessAllowed());
        ds.put("countryCode", a.country());
        ds.put("languageCode", "en-us");
        ds.put("locale", "en-us_US");
        ds.put("iCDPEnabled", a.adp());
        ds.put("pcsDeleted", false);
        ds.put("isManagedAppleID", false);
        ds.put("locked", false);
        ds.put("statusCode", 2);
        ds.put("aDsID", "000000-00-" + uuid("adsid", a));
        ds.put("notificationId", uuid("notification", a));
        return ds;
    }

    private static ObjectNode webservices(Exchange ex) {
        ObjectNode ws = Json.object();
        service(ws, ex, "ckdatabasews", true);
        service(ws, ex, "drivews", true);
        service(ws, ex, "docws", true);
        service(ws, ex, "photos", true).put("uploadUrl", PublicUrls.service(ex, "uploadphotosws"));
        service(ws, ex, "uploadimagews", false);
        service(ws, ex, "sharedstreams", false);
        service(ws, ex, "ubiquity", false);
        service(ws, ex, "account", false).putObject("iCloudEnv").put("shortId", "p").put("vipSuffix", "prod");
        return ws;
    }

    private static ObjectNode service(ObjectNode ws, Exchange ex, String key, boolean pcsRequired) {
        String host = switch (key) {
            case "photos" -> "photosws";
            case "ubiquity" -> "ubiquityws";
            case "account" -> "setup";
            default -> key;
        };
        ObjectNode s = ws.putObject(key);
        s.put("url", PublicUrls.service(ex, host));
        s.put("status", "active");
        if (pcsRequired) s.put("pcsRequired", true);
        return s;
    }

    private static String uuid(String purpose, FakeAccount a) {
        return UUID.nameUUIDFromBytes((purpose + ":" + a.dsid()).getBytes(StandardCharsets.UTF_8)).toString()
                .toUpperCase(Locale.ROOT);
    }
}
