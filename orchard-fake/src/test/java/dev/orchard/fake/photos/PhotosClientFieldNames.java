package dev.orchard.fake.photos;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The field names of a JSON object, for assertions. */
final class PhotosClientFieldNames {
    private PhotosClientFieldNames() {
    }

    static List<String> of(JsonNode obj) {
        List<String> n = new ArrayList<>();
        obj.fieldNames().forEachRemaining(n::add);
        return n;
    }
}
