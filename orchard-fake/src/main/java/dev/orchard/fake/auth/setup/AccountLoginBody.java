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

/**
 * The JSON accountLogin and validate answer with (docs/protocol/sign-in.md §5): dsInfo, webservices and the session flags,
 * with the service entries and account fields of Apple's recorded answers, including the ones Orchard ignores.
 */
final class AccountLoginBody {
    /** The further per-partition services Apple lists (icloudpd's recorded validate); the fake serves none of them. */
    private static final String[] OTHER_SERVICES = {"reminders", "contacts", "findme", "settings", "premiummailsettings",
            "keyvalue", "push", "archivews", "iwmb", "iworkexportws", "iworkthumbnailws", "mccgateway", "geows"};

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
        out.putObject("iCloudInfo").put("SafariBookmarksHasMigratedToCloudKit", true);
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
        ds.putArray("appleIdAliases");
        ds.putArray("appleIdEntries").addObject().put("isPrimary", true).put("type", a.appleId().contains("@") ? "EMAIL" : "PHONE")
                .put("value", a.appleId());
        ds.put("appleIdAlias", "");
        ds.put("iCloudAppleIdAlias", "");
        ds.put("primaryEmailVerified", true);
        ds.put("hasPaymentInfo", false);
        ds.put("familyEligible", true);
        ds.put("isPaidDeveloper", false);
        ds.put("analyticsOptInStatus", false);
        ds.put("ICDRSCapableDeviceCount", 1);
        ds.put("ICDRSCapableDeviceList", "");
        ds.putArray("ContinueOnDeviceEligibleDeviceInfo");
        ds.putObject("beneficiaryInfo").put("isBeneficiary", false);
        ds.put("brMigrated", true);
        ds.put("brZoneConsolidated", false);
        ds.put("notesMigrated", true);
        ds.put("ubiquityEOLEnabled", true);
        ds.put("isHideMyEmailFeatureAvailable", true);
        ds.put("isCustomDomainsFeatureAvailable", true);
        return ds;
    }

    private static ObjectNode webservices(Exchange ex) {
        ObjectNode ws = Json.object();
        service(ws, ex, "ckdatabasews", true);
        service(ws, ex, "drivews", true);
        service(ws, ex, "docws", true);
        service(ws, ex, "photos", true).put("uploadUrl", PublicUrls.service(ex, "uploadphotosws"));
        service(ws, ex, "photosupload", true).put("url", PublicUrls.service(ex, "uploadphotosws"));
        service(ws, ex, "uploadimagews", false);
        service(ws, ex, "sharedstreams", false);
        service(ws, ex, "ubiquity", false);
        service(ws, ex, "account", false).putObject("iCloudEnv").put("shortId", "p").put("vipSuffix", "prod");
        service(ws, ex, "sharedlibrary", false).put("url", PublicUrls.global(ex, "sharedlibrary"));
        service(ws, ex, "cksharews", false).put("url", PublicUrls.service(ex, "ckshare"));
        service(ws, ex, "ckdeviceservice", false).put("url", PublicUrls.service(ex, "ckdevice")).remove("status");
        service(ws, ex, "developerapi", false).put("url", PublicUrls.global(ex, "developer-api"));
        service(ws, ex, "calendar", false).put("url", PublicUrls.service(ex, "calendarws")).put("isMakoAccount", false);
        for (String other : OTHER_SERVICES) service(ws, ex, other, false);
        ws.putObject("schoolwork");
        return ws;
    }

    private static ObjectNode service(ObjectNode ws, Exchange ex, String key, boolean pcsRequired) {
        String host = switch (key) {
            case "photos" -> "photosws";
            case "ubiquity" -> "ubiquityws";
            case "account" -> "setup";
            case "reminders", "contacts" -> key + "ws";
            case "findme" -> "fmipweb";
            case "premiummailsettings" -> "maildomainws";
            case "keyvalue" -> "keyvalueservice";
            case "push" -> "pushws";
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
