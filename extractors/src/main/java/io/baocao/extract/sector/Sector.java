package io.baocao.extract.sector;

/** A sector (lĩnh vực) a passage is about: its stable id (what records and the index carry) and its label. */
public record Sector(String id, String label) {
}
