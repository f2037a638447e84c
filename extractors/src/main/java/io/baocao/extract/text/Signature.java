package io.baocao.extract.text;

/**
 * A digital signature of a file (an e-signed PDF: Vietnamese government CA, VGCA): who signed and when,
 * as an ISO-8601 date-time with its offset ({@code 2020-07-07T13:44:03+07:00}); either may be null.
 */
public record Signature(String signer, String signed) {
}
