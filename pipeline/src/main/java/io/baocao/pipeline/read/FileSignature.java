package io.baocao.pipeline.read;

/**
 * A digital signature a reader found in a file (an e-signed PDF's signature dictionary): the signer's
 * name and the time, ISO-8601 with offset; either may be null.
 */
public record FileSignature(String signer, String signed) {
}
