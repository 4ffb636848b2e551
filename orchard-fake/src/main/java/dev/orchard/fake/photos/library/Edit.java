package dev.orchard.fake.photos.library;

/**
 * A rendered edit on an asset: {@code adjustmentType} plus the rendered file ({@code resJPEGFull} or
 * {@code resVidFull}) and its thumbnail. {@code rendered} is null for slo-mo, which has no rendered file.
 */
public record Edit(String adjustmentType, Resource rendered, Resource thumb) {
    public boolean video() {
        return rendered != null && rendered.format().video();
    }
}
