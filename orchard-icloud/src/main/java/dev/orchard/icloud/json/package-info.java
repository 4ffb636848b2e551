/** Tolerant reading of Apple's JSON answers (missing fields, nulls and wrong types read as absent) and the shared mapper. */
package dev.orchard.icloud.json;
