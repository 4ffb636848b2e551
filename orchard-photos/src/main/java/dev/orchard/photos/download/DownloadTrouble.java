package dev.orchard.photos.download;

/**
 * What kind of thing went wrong with a download, so that failures of many files can be recognised as one
 * problem ({@link FailureBreaker}) and told to the person in words that point at the likely cause.
 */
public enum DownloadTrouble {
    HTML_PAGE("iCloud's download server answers an HTML page instead of the files: a captive portal or proxy?"),
    REDIRECT("iCloud's download server redirects the downloads to {}: a captive portal or proxy?"),
    SHORT_BODY("iCloud's download server ends the files before their announced size: a proxy or filter cutting downloads?"),
    HTTP_STATUS("iCloud's download server keeps answering {}"),
    URL_REFUSED("iCloud's download server refuses the download URLs, even fresh ones ({})"),
    NETWORK("cannot reach iCloud's download server ({})"),
    CHECKSUM("the downloaded bytes do not match iCloud's checksums: something between here and iCloud alters them?"),
    LOCAL("cannot write the downloads into the library ({})");

    private final String diagnosis;

    DownloadTrouble(String diagnosis) {
        this.diagnosis = diagnosis;
    }

    /** One line saying what is wrong when every download fails this way; {@code detail} as the failure gave it. */
    String diagnosis(String detail) {
        return diagnosis.replace("{}", detail);
    }
}
