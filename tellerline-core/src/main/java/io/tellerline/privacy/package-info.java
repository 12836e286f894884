/**
 * Privacy: personal data in the server — tokenizing text before anything is stored, per-customer
 * data keys wrapped by keystore master keys, encrypted originals, a teller's audited reveal and a
 * compliance officer's erasure (crypto-shredding). The messages it masks on erasure are reached
 * through its own port, {@code StoredMessages}, which conversation implements. Uses banking,
 * identity, audit, the platform and the kernel (and the plain-Java {@code tellerline-privacy}).
 */
package io.tellerline.privacy;
