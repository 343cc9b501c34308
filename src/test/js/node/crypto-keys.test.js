// Tests for node:crypto's keys and signatures: KeyObject, createPublicKey/createPrivateKey/createSecretKey (PEM, DER,
// JWK), export, sign/verify and createSign/createVerify. The known-answer expectations were printed by Node 20 for the
// same expressions (regenerate with `node src/test/js/fixtures/known-answers/make.cjs`, cases in
// crypto-keys.cases.cjs); the keys and Node's randomized signatures are in fixtures/keys (make-keys.cjs).
const nodeCrypto = require('node:crypto');
const fs = require('fs');
const path = require('path');

const pem = name => fs.readFileSync(path.join(__dirname, '../fixtures/keys', name + '.pem'), 'utf8');
const sigs = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/keys/signatures.json'), 'utf8'));
const msg = Buffer.from('signed by Node');
const hex = b => Buffer.from(b).toString('hex');
const details = k => (d => [Object.keys(d), d.modulusLength, typeof d.publicExponent, String(d.publicExponent), d.namedCurve])(k.asymmetricKeyDetails);
const thrown = require('../fixtures/known-answers/thrown.cjs');

describe('crypto keys (Node known answers)', () => {
  // <known-answers>
  it("KeyObject facts of PEM keys", () => {
    expect((k => [k.type, k.asymmetricKeyType, details(k), k instanceof nodeCrypto.KeyObject, k.symmetricKeySize])(nodeCrypto.createPrivateKey(pem('rsa')))).toEqual(["private", "rsa", [["modulusLength", "publicExponent"], 2048, "bigint", "65537", undefined], true, undefined]);
    expect((k => [k.type, k.asymmetricKeyType, details(k), k instanceof nodeCrypto.KeyObject, k.symmetricKeySize])(nodeCrypto.createPrivateKey(pem('p256')))).toEqual(["private", "ec", [["namedCurve"], undefined, "undefined", "undefined", "prime256v1"], true, undefined]);
    expect((k => [k.type, k.asymmetricKeyType, details(k), k instanceof nodeCrypto.KeyObject, k.symmetricKeySize])(nodeCrypto.createPrivateKey(pem('p384')))).toEqual(["private", "ec", [["namedCurve"], undefined, "undefined", "undefined", "secp384r1"], true, undefined]);
    expect((k => [k.type, k.asymmetricKeyType, details(k), k instanceof nodeCrypto.KeyObject, k.symmetricKeySize])(nodeCrypto.createPrivateKey(pem('p521')))).toEqual(["private", "ec", [["namedCurve"], undefined, "undefined", "undefined", "secp521r1"], true, undefined]);
    expect((k => [k.type, k.asymmetricKeyType, details(k), k instanceof nodeCrypto.KeyObject, k.symmetricKeySize])(nodeCrypto.createPrivateKey(pem('ed25519')))).toEqual(["private", "ed25519", [[], undefined, "undefined", "undefined", undefined], true, undefined]);
    expect((k => [k.type, k.asymmetricKeyType, details(k)])(nodeCrypto.createPublicKey(pem('rsa.pub')))).toEqual(["public", "rsa", [["modulusLength", "publicExponent"], 2048, "bigint", "65537", undefined]]);
    expect((k => [k.type, k.asymmetricKeyType, details(k)])(nodeCrypto.createPublicKey(pem('p256.pub')))).toEqual(["public", "ec", [["namedCurve"], undefined, "undefined", "undefined", "prime256v1"]]);
    expect((k => [k.type, k.asymmetricKeyType, details(k)])(nodeCrypto.createPublicKey(pem('p384.pub')))).toEqual(["public", "ec", [["namedCurve"], undefined, "undefined", "undefined", "secp384r1"]]);
    expect((k => [k.type, k.asymmetricKeyType, details(k)])(nodeCrypto.createPublicKey(pem('p521.pub')))).toEqual(["public", "ec", [["namedCurve"], undefined, "undefined", "undefined", "secp521r1"]]);
    expect((k => [k.type, k.asymmetricKeyType, details(k)])(nodeCrypto.createPublicKey(pem('ed25519.pub')))).toEqual(["public", "ed25519", [[], undefined, "undefined", "undefined", undefined]]);
    expect((k => [k.type, k.symmetricKeySize, k.export().toString('hex'), k.export({ format: 'jwk' })])(nodeCrypto.createSecretKey(Buffer.from('secret!')))).toEqual(["secret", 7, "73656372657421", {"kty":"oct","k":"c2VjcmV0IQ"}]);
    expect(nodeCrypto.createSecretKey('6b6579', 'hex').export().toString()).toEqual("key");
    expect(Object.prototype.toString.call(nodeCrypto.createSecretKey(Buffer.alloc(1)))).toEqual("[object KeyObject]");
    expect(nodeCrypto.createPublicKey(pem('rsa.pub.pkcs1')).asymmetricKeyDetails.modulusLength).toEqual(2048);
    expect(nodeCrypto.createPrivateKey(pem('rsa.pkcs1')).asymmetricKeyType).toEqual("rsa");
    expect(details(nodeCrypto.createPrivateKey(pem('p384.sec1')))).toEqual([["namedCurve"], undefined, "undefined", "undefined", "secp384r1"]);
  });
  it("export: PEM, DER and JWK as Node writes them", () => {
    expect(nodeCrypto.createPrivateKey(pem('rsa')).export({ type: 'pkcs8', format: 'pem' }) === pem('rsa')).toEqual(true);
    expect(nodeCrypto.createPrivateKey(pem('p256')).export({ type: 'pkcs8', format: 'pem' }) === pem('p256')).toEqual(true);
    expect(nodeCrypto.createPrivateKey(pem('p384')).export({ type: 'pkcs8', format: 'pem' }) === pem('p384')).toEqual(true);
    expect(nodeCrypto.createPrivateKey(pem('p521')).export({ type: 'pkcs8', format: 'pem' }) === pem('p521')).toEqual(true);
    expect(nodeCrypto.createPrivateKey(pem('ed25519')).export({ type: 'pkcs8', format: 'pem' }) === pem('ed25519')).toEqual(true);
    expect(nodeCrypto.createPublicKey(pem('rsa')).export({ type: 'spki', format: 'pem' })).toEqual("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3ObulfbowapfybsHMBrh\nwzkXBoHkBkNyAQ+/jUhK9bnLOXoH3SCg/ZIIMEBIx6CizlSr0PBzGQVfq/VzTs4R\nes3jxG0Ou4JfskQlFGO5uHW8Gjtgt7UjUa62z68xNbauxnqF4vwNR/qJteiBtxFZ\nEXHUWr90n5KimIM5t/AXlSmpHk5A4bmfzCLdq4rjulEbCXh5/pUqAPYv/tbo5hzC\n9/x0dO1Js4ggh0iOEF3i7EWYRYQi0Nbf9Cfbgt+FG1LkYAKzbpJZzndbUnCizLD1\nZjaxfCYOYJbvbuLk5yhpWIvOD1wkVlEWw2H71PDjGhV4dFO/eLMZta0MTIj98TQo\nBwIDAQAB\n-----END PUBLIC KEY-----\n");
    expect(nodeCrypto.createPublicKey(pem('p256')).export({ type: 'spki', format: 'pem' })).toEqual("-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEHMD12gSoIuYFXmA635DPRCQm0cOX\nWKiJVxvuiLm2kv3nCmrDeUFDXa1iIGfaejWAaXj5aWtrZhspeoaiZsYD1A==\n-----END PUBLIC KEY-----\n");
    expect(nodeCrypto.createPublicKey(pem('p384')).export({ type: 'spki', format: 'pem' })).toEqual("-----BEGIN PUBLIC KEY-----\nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEbAyvTZKMRtoMAjjRmW7bRS3e/ZjWmdtN\nB7pMuM7Yhp5zcRxWgwXpfRhroqwY/kOHPVolhxbv6cLgZB/NlWOOmi/HwzoPXT5u\nQrK64NErQpO/iPabxdRgbBnAcoCycHDO\n-----END PUBLIC KEY-----\n");
    expect(nodeCrypto.createPublicKey(pem('p521')).export({ type: 'spki', format: 'pem' })).toEqual("-----BEGIN PUBLIC KEY-----\nMIGbMBAGByqGSM49AgEGBSuBBAAjA4GGAAQB29ZhYcR1hSxCBz41U6m5Jtqghl1a\nNFUBO3HuD9vQ4wB3IuZ1uxxJ2xIsfZir/WkSMQZXRBGm5trgQzjEzGzNtKkBUfT5\nRWGIOqYtv+dWwDLYLZNXDQxamSn8W4ws7qDK5kE0ay9otfUvH6Wg/SLF3IwCV6L+\n4DNJ+Gv+N5BGCpUzaVM=\n-----END PUBLIC KEY-----\n");
    expect(nodeCrypto.createPublicKey(pem('ed25519')).export({ type: 'spki', format: 'pem' })).toEqual("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA7w8OyRtG0iqGhcB0NOYSpoD3ncA+Ao6Oib/QuhLOTyM=\n-----END PUBLIC KEY-----\n");
    expect(nodeCrypto.createPrivateKey(pem('rsa')).export({ format: 'jwk' })).toEqual({"kty":"RSA","n":"3ObulfbowapfybsHMBrhwzkXBoHkBkNyAQ-_jUhK9bnLOXoH3SCg_ZIIMEBIx6CizlSr0PBzGQVfq_VzTs4Res3jxG0Ou4JfskQlFGO5uHW8Gjtgt7UjUa62z68xNbauxnqF4vwNR_qJteiBtxFZEXHUWr90n5KimIM5t_AXlSmpHk5A4bmfzCLdq4rjulEbCXh5_pUqAPYv_tbo5hzC9_x0dO1Js4ggh0iOEF3i7EWYRYQi0Nbf9Cfbgt-FG1LkYAKzbpJZzndbUnCizLD1ZjaxfCYOYJbvbuLk5yhpWIvOD1wkVlEWw2H71PDjGhV4dFO_eLMZta0MTIj98TQoBw","e":"AQAB","d":"JhcJ18D59H7wwmOmAyT3fcan0j7udygFDerNwEpRZpqRUMladsYsDF00XUGQax-nQwW1lLMJXaygCRIrPlDpEbBT0GhvrGR4JNB8Rk5F1WkztKA9dp_cxbZnHlualCT6cQ3qbS_CCIHKYhwD1fG_VnM2xykRLnzF3Z9vAej74AO7er6jTuoHRSuTI9CContRzfBIIDSu834FLKb_D6u3V1uiIruyqxaLwiESUIeyDnL4dP4pNVuzxLTPZnANyDYVg8zTXc3_kG6mttxb2Z1rND0Nz-1OqKU0S7kfkN38fgilQi42uUjF42MG6FX-x9jiYidv-aoFqqhVdWQdzZUKNQ","p":"79FAXhl22mwSblDhzZi6ms2nSwsY6I4iYc9qh3MiWsx0NkHhWQ1odvR0KkJpXwn8Rzt-jFrV2-y6W46YnxS_v9Fpx-NNkXsOUaMy1ICzLB1NDjOyyK5fdJXWdV-FeiPmxbglPaZJDAxyDnXvf6soL3FWFit9Em9w7it1hWL4BqU","q":"687tGsI_-vsq2osdG_-tFJC4y4jv7x7T1erqCWx7Re1TRF1BKuKx_Lh5D-Rtc2ww8XDPogxHyJZcSrNf6i05rXT6vFd8KbGWwACoYzOHyVCzIah0ZETEhjAQXAw3juo5PSaZknu2XupXO8d8vG697vNLuT9kaoFrBRdyS6x-IDs","dp":"y99WGykGs1UgrguwinoGWUfvqoo6mKkMbZ5I7_FfCVW6jc2f53bQkh_rCWn_7j2s7FmVkXg_SoGLQ_6LnOGkyUsb5ERGUyEL4TceJS1sJFqcgTBOEvC6UYB4Grwj2tveecO8VRaiDs4dwFFeU2iL9xkgmCRMZXm7xZ3IgKbMN8k","dq":"NfT_ZCQWp8NZJvC2FHYIkLAc2NXYsQqIxmYeb1GXU4TejMIZ60o8F-vOJ8jJEqQq_tQlbpsIwelF7QHmbJs0m3As_3O1QYUVTZHY9foQlAwXMRhuqZLitSHCXI2fGOCXgFqYwV_1dvqAQ3l-HU_pvgeFyDmtLIG4j02yJYauxYk","qi":"pENYDkTbSJobFh0JStxHaXimnrEdoFGIpah4QfEVhxSlue9nyOiwVJNkCutQO1_beNBEDd2TPnUjyIvtoXwyLCmzpHhQUmexd21QG6tPCcIR_yKfRgEGFlKa2d3_2BV0aLWYIhfrXYSy5rXe6se7ODfwP3wpZLEiybqUL1gZuFg"});
    expect(nodeCrypto.createPrivateKey(pem('p256')).export({ format: 'jwk' })).toEqual({"kty":"EC","x":"HMD12gSoIuYFXmA635DPRCQm0cOXWKiJVxvuiLm2kv0","y":"5wpqw3lBQ12tYiBn2no1gGl4-Wlra2YbKXqGombGA9Q","crv":"P-256","d":"_At_TTf-Eb_zrNRMDSb6Ez_GhVPYroYo4_9LWUQyfvc"});
    expect(nodeCrypto.createPrivateKey(pem('p384')).export({ format: 'jwk' })).toEqual({"kty":"EC","x":"bAyvTZKMRtoMAjjRmW7bRS3e_ZjWmdtNB7pMuM7Yhp5zcRxWgwXpfRhroqwY_kOH","y":"PVolhxbv6cLgZB_NlWOOmi_HwzoPXT5uQrK64NErQpO_iPabxdRgbBnAcoCycHDO","crv":"P-384","d":"B1vEaJ36qW0srqj3pv1XMZ51U44OHU5P8i4KZuy4tAXpX_lXEIK-lb9UtpxJxk4F"});
    expect(nodeCrypto.createPrivateKey(pem('p521')).export({ format: 'jwk' })).toEqual({"kty":"EC","x":"AdvWYWHEdYUsQgc-NVOpuSbaoIZdWjRVATtx7g_b0OMAdyLmdbscSdsSLH2Yq_1pEjEGV0QRpuba4EM4xMxszbSp","y":"AVH0-UVhiDqmLb_nVsAy2C2TVw0MWpkp_FuMLO6gyuZBNGsvaLX1Lx-loP0ixdyMAlei_uAzSfhr_jeQRgqVM2lT","crv":"P-521","d":"AUAAQ3is8wE9RSCzCy3F85se_cRttn9FQSDb4fHrakDXHM1PrJPxfc9F2UVOe7zZKo2u7azyid-USjhpRykDeknR"});
    expect(nodeCrypto.createPrivateKey(pem('ed25519')).export({ format: 'jwk' })).toEqual({"crv":"Ed25519","d":"yOvaMZxspORx2L6F20YfSnSZ6TiAkFiG90_9CxKRDb4","x":"7w8OyRtG0iqGhcB0NOYSpoD3ncA-Ao6Oib_QuhLOTyM","kty":"OKP"});
    expect(nodeCrypto.createPublicKey(pem('rsa.pub')).export({ format: 'jwk' })).toEqual({"kty":"RSA","n":"3ObulfbowapfybsHMBrhwzkXBoHkBkNyAQ-_jUhK9bnLOXoH3SCg_ZIIMEBIx6CizlSr0PBzGQVfq_VzTs4Res3jxG0Ou4JfskQlFGO5uHW8Gjtgt7UjUa62z68xNbauxnqF4vwNR_qJteiBtxFZEXHUWr90n5KimIM5t_AXlSmpHk5A4bmfzCLdq4rjulEbCXh5_pUqAPYv_tbo5hzC9_x0dO1Js4ggh0iOEF3i7EWYRYQi0Nbf9Cfbgt-FG1LkYAKzbpJZzndbUnCizLD1ZjaxfCYOYJbvbuLk5yhpWIvOD1wkVlEWw2H71PDjGhV4dFO_eLMZta0MTIj98TQoBw","e":"AQAB"});
    expect(nodeCrypto.createPublicKey(pem('p256.pub')).export({ format: 'jwk' })).toEqual({"kty":"EC","x":"HMD12gSoIuYFXmA635DPRCQm0cOXWKiJVxvuiLm2kv0","y":"5wpqw3lBQ12tYiBn2no1gGl4-Wlra2YbKXqGombGA9Q","crv":"P-256"});
    expect(nodeCrypto.createPublicKey(pem('p384.pub')).export({ format: 'jwk' })).toEqual({"kty":"EC","x":"bAyvTZKMRtoMAjjRmW7bRS3e_ZjWmdtNB7pMuM7Yhp5zcRxWgwXpfRhroqwY_kOH","y":"PVolhxbv6cLgZB_NlWOOmi_HwzoPXT5uQrK64NErQpO_iPabxdRgbBnAcoCycHDO","crv":"P-384"});
    expect(nodeCrypto.createPublicKey(pem('p521.pub')).export({ format: 'jwk' })).toEqual({"kty":"EC","x":"AdvWYWHEdYUsQgc-NVOpuSbaoIZdWjRVATtx7g_b0OMAdyLmdbscSdsSLH2Yq_1pEjEGV0QRpuba4EM4xMxszbSp","y":"AVH0-UVhiDqmLb_nVsAy2C2TVw0MWpkp_FuMLO6gyuZBNGsvaLX1Lx-loP0ixdyMAlei_uAzSfhr_jeQRgqVM2lT","crv":"P-521"});
    expect(nodeCrypto.createPublicKey(pem('ed25519.pub')).export({ format: 'jwk' })).toEqual({"crv":"Ed25519","x":"7w8OyRtG0iqGhcB0NOYSpoD3ncA-Ao6Oib_QuhLOTyM","kty":"OKP"});
    expect(nodeCrypto.createPrivateKey(pem('p256')).export({ type: 'sec1', format: 'pem' })).toEqual("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIPwLf003/hG/86zUTA0m+hM/xoVT2K6GKOP/S1lEMn73oAoGCCqGSM49\nAwEHoUQDQgAEHMD12gSoIuYFXmA635DPRCQm0cOXWKiJVxvuiLm2kv3nCmrDeUFD\nXa1iIGfaejWAaXj5aWtrZhspeoaiZsYD1A==\n-----END EC PRIVATE KEY-----\n");
    expect(nodeCrypto.createPrivateKey(pem('p384')).export({ type: 'sec1', format: 'pem' })).toEqual("-----BEGIN EC PRIVATE KEY-----\nMIGkAgEBBDAHW8RonfqpbSyuqPem/VcxnnVTjg4dTk/yLgpm7Li0Belf+VcQgr6V\nv1S2nEnGTgWgBwYFK4EEACKhZANiAARsDK9NkoxG2gwCONGZbttFLd79mNaZ200H\nuky4ztiGnnNxHFaDBel9GGuirBj+Q4c9WiWHFu/pwuBkH82VY46aL8fDOg9dPm5C\nsrrg0StCk7+I9pvF1GBsGcBygLJwcM4=\n-----END EC PRIVATE KEY-----\n");
    expect(nodeCrypto.createPrivateKey(pem('p521')).export({ type: 'sec1', format: 'pem' })).toEqual("-----BEGIN EC PRIVATE KEY-----\nMIHcAgEBBEIBQABDeKzzAT1FILMLLcXzmx79xG22f0VBINvh8etqQNcczU+sk/F9\nz0XZRU57vNkqja7trPKJ35RKOGlHKQN6SdGgBwYFK4EEACOhgYkDgYYABAHb1mFh\nxHWFLEIHPjVTqbkm2qCGXVo0VQE7ce4P29DjAHci5nW7HEnbEix9mKv9aRIxBldE\nEabm2uBDOMTMbM20qQFR9PlFYYg6pi2/51bAMtgtk1cNDFqZKfxbjCzuoMrmQTRr\nL2i19S8fpaD9IsXcjAJXov7gM0n4a/43kEYKlTNpUw==\n-----END EC PRIVATE KEY-----\n");
    expect(hex(nodeCrypto.createPrivateKey(pem('p256.sec1')).export({ type: 'pkcs8', format: 'der' }))).toEqual("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420fc0b7f4d37fe11bff3acd44c0d26fa133fc68553d8ae8628e3ff4b5944327ef7a144034200041cc0f5da04a822e6055e603adf90cf442426d1c39758a889571bee88b9b692fde70a6ac37941435dad622067da7a35806978f9696b6b661b297a86a266c603d4");
    expect(hex(nodeCrypto.createPrivateKey(pem('p384.sec1')).export({ type: 'pkcs8', format: 'der' }))).toEqual("3081b6020100301006072a8648ce3d020106052b8104002204819e30819b0201010430075bc4689dfaa96d2caea8f7a6fd57319e75538e0e1d4e4ff22e0a66ecb8b405e95ff9571082be95bf54b69c49c64e05a164036200046c0caf4d928c46da0c0238d1996edb452ddefd98d699db4d07ba4cb8ced8869e73711c568305e97d186ba2ac18fe43873d5a258716efe9c2e0641fcd95638e9a2fc7c33a0f5d3e6e42b2bae0d12b4293bf88f69bc5d4606c19c07280b27070ce");
    expect(hex(nodeCrypto.createPrivateKey(pem('p521.sec1')).export({ type: 'pkcs8', format: 'der' }))).toEqual("3081ee020100301006072a8648ce3d020106052b810400230481d63081d302010104420140004378acf3013d4520b30b2dc5f39b1efdc46db67f454120dbe1f1eb6a40d71ccd4fac93f17dcf45d9454e7bbcd92a8daeedacf289df944a38694729037a49d1a18189038186000401dbd66161c475852c42073e3553a9b926daa0865d5a3455013b71ee0fdbd0e3007722e675bb1c49db122c7d98abfd69123106574411a6e6dae04338c4cc6ccdb4a90151f4f94561883aa62dbfe756c032d82d93570d0c5a9929fc5b8c2ceea0cae641346b2f68b5f52f1fa5a0fd22c5dc8c0257a2fee03349f86bfe3790460a95336953");
    expect(nodeCrypto.createPrivateKey(pem('rsa')).export({ type: 'pkcs1', format: 'pem' })).toEqual("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3ObulfbowapfybsHMBrhwzkXBoHkBkNyAQ+/jUhK9bnLOXoH\n3SCg/ZIIMEBIx6CizlSr0PBzGQVfq/VzTs4Res3jxG0Ou4JfskQlFGO5uHW8Gjtg\nt7UjUa62z68xNbauxnqF4vwNR/qJteiBtxFZEXHUWr90n5KimIM5t/AXlSmpHk5A\n4bmfzCLdq4rjulEbCXh5/pUqAPYv/tbo5hzC9/x0dO1Js4ggh0iOEF3i7EWYRYQi\n0Nbf9Cfbgt+FG1LkYAKzbpJZzndbUnCizLD1ZjaxfCYOYJbvbuLk5yhpWIvOD1wk\nVlEWw2H71PDjGhV4dFO/eLMZta0MTIj98TQoBwIDAQABAoIBACYXCdfA+fR+8MJj\npgMk933Gp9I+7ncoBQ3qzcBKUWaakVDJWnbGLAxdNF1BkGsfp0MFtZSzCV2soAkS\nKz5Q6RGwU9Bob6xkeCTQfEZORdVpM7SgPXaf3MW2Zx5bmpQk+nEN6m0vwgiBymIc\nA9Xxv1ZzNscpES58xd2fbwHo++ADu3q+o07qB0UrkyPQgqJ7Uc3wSCA0rvN+BSym\n/w+rt1dboiK7sqsWi8IhElCHsg5y+HT+KTVbs8S0z2ZwDcg2FYPM013N/5Buprbc\nW9mdazQ9Dc/tTqilNEu5H5Dd/H4IpUIuNrlIxeNjBuhV/sfY4mInb/mqBaqoVXVk\nHc2VCjUCgYEA79FAXhl22mwSblDhzZi6ms2nSwsY6I4iYc9qh3MiWsx0NkHhWQ1o\ndvR0KkJpXwn8Rzt+jFrV2+y6W46YnxS/v9Fpx+NNkXsOUaMy1ICzLB1NDjOyyK5f\ndJXWdV+FeiPmxbglPaZJDAxyDnXvf6soL3FWFit9Em9w7it1hWL4BqUCgYEA687t\nGsI/+vsq2osdG/+tFJC4y4jv7x7T1erqCWx7Re1TRF1BKuKx/Lh5D+Rtc2ww8XDP\nogxHyJZcSrNf6i05rXT6vFd8KbGWwACoYzOHyVCzIah0ZETEhjAQXAw3juo5PSaZ\nknu2XupXO8d8vG697vNLuT9kaoFrBRdyS6x+IDsCgYEAy99WGykGs1UgrguwinoG\nWUfvqoo6mKkMbZ5I7/FfCVW6jc2f53bQkh/rCWn/7j2s7FmVkXg/SoGLQ/6LnOGk\nyUsb5ERGUyEL4TceJS1sJFqcgTBOEvC6UYB4Grwj2tveecO8VRaiDs4dwFFeU2iL\n9xkgmCRMZXm7xZ3IgKbMN8kCgYA19P9kJBanw1km8LYUdgiQsBzY1dixCojGZh5v\nUZdThN6MwhnrSjwX684nyMkSpCr+1CVumwjB6UXtAeZsmzSbcCz/c7VBhRVNkdj1\n+hCUDBcxGG6pkuK1IcJcjZ8Y4JeAWpjBX/V2+oBDeX4dT+m+B4XIOa0sgbiPTbIl\nhq7FiQKBgQCkQ1gORNtImhsWHQlK3EdpeKaesR2gUYilqHhB8RWHFKW572fI6LBU\nk2QK61A7X9t40EQN3ZM+dSPIi+2hfDIsKbOkeFBSZ7F3bVAbq08JwhH/Ip9GAQYW\nUprZ3f/YFXRotZgiF+tdhLLmtd7qx7s4N/A/fClksSLJupQvWBm4WA==\n-----END RSA PRIVATE KEY-----\n");
    expect(nodeCrypto.createPublicKey(pem('rsa')).export({ type: 'pkcs1', format: 'pem' })).toEqual("-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEA3ObulfbowapfybsHMBrhwzkXBoHkBkNyAQ+/jUhK9bnLOXoH3SCg\n/ZIIMEBIx6CizlSr0PBzGQVfq/VzTs4Res3jxG0Ou4JfskQlFGO5uHW8Gjtgt7Uj\nUa62z68xNbauxnqF4vwNR/qJteiBtxFZEXHUWr90n5KimIM5t/AXlSmpHk5A4bmf\nzCLdq4rjulEbCXh5/pUqAPYv/tbo5hzC9/x0dO1Js4ggh0iOEF3i7EWYRYQi0Nbf\n9Cfbgt+FG1LkYAKzbpJZzndbUnCizLD1ZjaxfCYOYJbvbuLk5yhpWIvOD1wkVlEW\nw2H71PDjGhV4dFO/eLMZta0MTIj98TQoBwIDAQAB\n-----END RSA PUBLIC KEY-----\n");
    expect(hex(nodeCrypto.createPublicKey(pem('ed25519')).export({ type: 'spki', format: 'der' }))).toEqual("302a300506032b6570032100ef0f0ec91b46d22a8685c07434e612a680f79dc03e028e8e89bfd0ba12ce4f23");
    expect(hex(nodeCrypto.createPrivateKey(pem('ed25519')).export({ type: 'pkcs8', format: 'der' }))).toEqual("302e020100300506032b657004220420c8ebda319c6ca4e471d8be85db461f4a7499e93880905886f74ffd0b12910dbe");
  });
  it("import: DER, JWK, KeyObject and equality", () => {
    expect(nodeCrypto.createPrivateKey({ key: nodeCrypto.createPrivateKey(pem('rsa')).export({ format: 'jwk' }), format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' }) === pem('rsa')).toEqual(true);
    expect(nodeCrypto.createPrivateKey({ key: nodeCrypto.createPrivateKey(pem('p256')).export({ format: 'jwk' }), format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' }) === pem('p256')).toEqual(true);
    expect(nodeCrypto.createPrivateKey({ key: nodeCrypto.createPrivateKey(pem('p384')).export({ format: 'jwk' }), format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' }) === pem('p384')).toEqual(true);
    expect(nodeCrypto.createPrivateKey({ key: nodeCrypto.createPrivateKey(pem('p521')).export({ format: 'jwk' }), format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' }) === pem('p521')).toEqual(true);
    expect(nodeCrypto.createPrivateKey({ key: nodeCrypto.createPrivateKey(pem('ed25519')).export({ format: 'jwk' }), format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' }) === pem('ed25519')).toEqual(true);
    expect(nodeCrypto.createPublicKey({ key: nodeCrypto.createPublicKey(pem('rsa.pub')).export({ format: 'jwk' }), format: 'jwk' }).equals(nodeCrypto.createPublicKey(pem('rsa.pub')))).toEqual(true);
    expect(nodeCrypto.createPublicKey({ key: nodeCrypto.createPublicKey(pem('p256.pub')).export({ format: 'jwk' }), format: 'jwk' }).equals(nodeCrypto.createPublicKey(pem('p256.pub')))).toEqual(true);
    expect(nodeCrypto.createPublicKey({ key: nodeCrypto.createPublicKey(pem('p384.pub')).export({ format: 'jwk' }), format: 'jwk' }).equals(nodeCrypto.createPublicKey(pem('p384.pub')))).toEqual(true);
    expect(nodeCrypto.createPublicKey({ key: nodeCrypto.createPublicKey(pem('p521.pub')).export({ format: 'jwk' }), format: 'jwk' }).equals(nodeCrypto.createPublicKey(pem('p521.pub')))).toEqual(true);
    expect(nodeCrypto.createPublicKey({ key: nodeCrypto.createPublicKey(pem('ed25519.pub')).export({ format: 'jwk' }), format: 'jwk' }).equals(nodeCrypto.createPublicKey(pem('ed25519.pub')))).toEqual(true);
    expect(nodeCrypto.createPublicKey(nodeCrypto.createPrivateKey(pem('rsa'))).equals(nodeCrypto.createPublicKey(pem('rsa.pub')))).toEqual(true);
    expect(nodeCrypto.createPublicKey(nodeCrypto.createPrivateKey(pem('p256'))).equals(nodeCrypto.createPublicKey(pem('p256.pub')))).toEqual(true);
    expect(nodeCrypto.createPublicKey(nodeCrypto.createPrivateKey(pem('p384'))).equals(nodeCrypto.createPublicKey(pem('p384.pub')))).toEqual(true);
    expect(nodeCrypto.createPublicKey(nodeCrypto.createPrivateKey(pem('p521'))).equals(nodeCrypto.createPublicKey(pem('p521.pub')))).toEqual(true);
    expect(nodeCrypto.createPublicKey(nodeCrypto.createPrivateKey(pem('ed25519'))).equals(nodeCrypto.createPublicKey(pem('ed25519.pub')))).toEqual(true);
    expect(nodeCrypto.createPublicKey({ key: nodeCrypto.createPublicKey(pem('rsa.pub')).export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' }).asymmetricKeyDetails.modulusLength).toEqual(2048);
    expect(nodeCrypto.createPrivateKey({ key: nodeCrypto.createPrivateKey(pem('rsa')).export({ type: 'pkcs1', format: 'der' }), format: 'der', type: 'pkcs1' }).export({ type: 'pkcs8', format: 'pem' }) === pem('rsa')).toEqual(true);
    expect(nodeCrypto.createPrivateKey({ key: nodeCrypto.createPrivateKey(pem('p256')).export({ type: 'sec1', format: 'der' }), format: 'der', type: 'sec1' }).export({ type: 'pkcs8', format: 'pem' }) === pem('p256')).toEqual(true);
    expect(nodeCrypto.createPublicKey({ key: Buffer.from(pem('p256')), format: 'pem' }).type).toEqual("public");
    expect(nodeCrypto.createPublicKey(pem('p256')).equals(nodeCrypto.createPublicKey(pem('p384')))).toEqual(false);
    expect(nodeCrypto.createSecretKey(Buffer.from('a')).equals(nodeCrypto.createSecretKey(Buffer.from('a')))).toEqual(true);
    expect(nodeCrypto.createSecretKey(Buffer.from('a')).equals(nodeCrypto.createSecretKey(Buffer.from('b')))).toEqual(false);
    expect(nodeCrypto.createHmac('sha256', nodeCrypto.createSecretKey(Buffer.from('key'))).update('x').digest('hex')).toEqual("4fc3b7eaf34d7e594a6f51d9517ba543abf41067b27587ffd82ba3584e4d3cdd");
    expect(thrown(() => nodeCrypto.createHmac('sha256', nodeCrypto.createPublicKey(pem('rsa.pub'))))).toEqual({"threw":"TypeError","code":"ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE","message":"Invalid key object type public, expected secret."});
  });
  it("deterministic signatures: RSA PKCS#1 v1.5 and Ed25519", () => {
    expect(nodeCrypto.sign('sha1', msg, pem('rsa')).toString('base64')).toEqual("pyHUwpGVJbVVbUO/w3f1OJh15WlnRAqTqOrxSnx1UeyfyzApJRVFzJIWZvSdwLJMv0/hKa4WaWlI6hU4LDe4C/6cGDg5SeLPNT5nL5b/Ogjm8OBRpMvXIJLOsf91UcBgkjII8EfYHM2EguKL3UyooJivG2l1TxZqFHmemLWLpmyMCckfJ50bUvCD7Gxzu8so6f6VSQDs7O7yZ62Za08Ui6xgU2oT5j/Tm+Wcijdz+WJzPdGeTFNG3F+yzCp6yrsqf88fd1C8ca3Jh9FdU86DZ2Ou/N6eyuHavW8u4Dhl00ec6ijTyyvhHWuEi+jeE+GOZX2BzdpbLb7Lil9K38eOew==");
    expect(nodeCrypto.sign('sha224', msg, pem('rsa')).toString('base64')).toEqual("Sd/G0VtmrqGB7r5u8VkeaNu7vj+eX69UW8hXQyNIoDpMoFQ1lsKLeY6+OKVEJ4XZEftHptvKgiwJZ6I+5P0gh01lHnIZuALBr48/oyVbyN6Zm17wws8XhJsjplw4x1MEFZjJvVRj73+Q44HPlMlP8Df2j9q+EVcB5WiPaN7zornAtPNWeX6RPorOdgalGYxHX9dh40FwEQnoZBl+xxLa7B16V8+6JhS0B+iRuelYyv1skZNPdPf2ElqFhGl+ayp8qbDvkBWVu7qO37tO00nbkNu5n+pmJs8Z9L7BnENf4G1Kapf0i8zxb9DPcwVEAIeZqJNnYnMXJxfNuEAHusn4JQ==");
    expect(nodeCrypto.sign('sha256', msg, pem('rsa')).toString('base64')).toEqual("eR0BnLZ7PC9C5RiH9O7gdN9CaSIelS54h+VNPO4u3CiD1B2FpW8g6QrSeQLlbT5DisNKjEHYYNQV8kFw19OJKJhqJatdpY5bB0Yggohh0E7+5wmgDgANhPcN3p2A1xGzkZx+1G/hoIJL2A3QIaAhh4SYmHcgPxmeVujGVsUikwliut/EKDgpo6LQBUrlAG+l5xnth7jFBEKyMmDrkQ6T01byTdvJSS1tltWGrapzfFWWoiWf8IDEbvpRJWw0RbU86b1Y+/Femm5XAx2Qai3pe2D4s96QanPcMU2qavsj1+ij8xgQVI9usolRfNLdRmrxb10b8ofgFk15qMfL91UEbQ==");
    expect(nodeCrypto.sign('sha384', msg, pem('rsa')).toString('base64')).toEqual("rI6BgAffE4OpFwNoh5CBnYoSPUfaSC2uO9PlfAu/oHSHpdbP4d+HQkL1mxcxaWswdN/9CPnGUu1knkSr90lDpUuBQRrqRBm6Rup/JJcusQd7NiP97WVSzC1YK5DVC0ISmweDJAsLoMlfJzFdMttA6q01c/sUWuDz3UhKWJLN2IyeSBsRnZAlDPvsr6Ds3lQB8l32RyePjHueFFBFzmIMismPVThGR70DvTHxZgRiclXVMfeBu+Z+8gxy2BdPpqksnJpb4++WmVYmLTjR8BunSH2JKGo/LHHK44dJrlcN4d/k6HmcSlHtNSQlVrlcGtcP+qrfIDQ5RMufc4fMaKLsKg==");
    expect(nodeCrypto.sign('sha512', msg, pem('rsa')).toString('base64')).toEqual("Ny5RlpFgiu6pWnzwLQk/KCMJNMkpeTuukGaSI9LsJH/yGv7BXHY+PzE4TZTMdAc2Kw/vv2Nr73fclhtWV9IepNBTdDDM0wNATCqqZP9NQFAhZpYEtlUlENXFBEXkkpy3ZN4WzmnXi4QAbE3PSXULlFUfxDVi5X+iZGdFTBuciDfvYRSfcenw4S0tQrfN/lz0BBN18+8ZculhH6sKMbhPAt8GGPyh69eexYPYMqXr4tF6EAM7huDK66GU+jBoDL7bWWu1CaB/xjm6j+xBhCVJMHCd15lLlbv8upgs4jHvzCFaoVaj6nnL1eIs5CMKPm9OQ88OiSsMdah3ZDt9eQMITg==");
    expect(nodeCrypto.sign('RSA-SHA256', msg, pem('rsa')).toString('base64')).toEqual("eR0BnLZ7PC9C5RiH9O7gdN9CaSIelS54h+VNPO4u3CiD1B2FpW8g6QrSeQLlbT5DisNKjEHYYNQV8kFw19OJKJhqJatdpY5bB0Yggohh0E7+5wmgDgANhPcN3p2A1xGzkZx+1G/hoIJL2A3QIaAhh4SYmHcgPxmeVujGVsUikwliut/EKDgpo6LQBUrlAG+l5xnth7jFBEKyMmDrkQ6T01byTdvJSS1tltWGrapzfFWWoiWf8IDEbvpRJWw0RbU86b1Y+/Femm5XAx2Qai3pe2D4s96QanPcMU2qavsj1+ij8xgQVI9usolRfNLdRmrxb10b8ofgFk15qMfL91UEbQ==");
    expect(nodeCrypto.sign('sha3-256', msg, pem('rsa')).toString('base64')).toEqual("X6DU6KXrKsr268BCZoRZ4eVehwuA75Qwu4TCe8QfmlSMhkUOlKzeeejo0ZhzecCWTPeQI2O3HSXm+9BZo5wAorM+gRSMeuA5zUMwq+wUHURr3aebvapaCpEKQT2LmQxX+KYwJGveE6BWe87aEfEftpYO7ToomUVJlWelPQoQXCnYTEztI2hf+ptUQ7CG+l7BhFdO4066IH753NDbXENK0TUAgf2ew48HLkICq913ffFDKGxlySONGiVP3+HiwDiqaKJthKUXl3il/Im6V68x7JAMO+XdhfOZCeB5Pp+Tg8JygpLtM81jk7FZjsYGgO1DIZDVqcblG08p+gCOgeC9tw==");
    expect(nodeCrypto.sign('md5', msg, pem('rsa')).toString('base64')).toEqual("Rk3hr85eUO+krIEyKmZznjMT092aj2+3abJAFGSZgENXFd+1mcBMc7kLMOJDflY2og8NJUTot/75qkATToJ2ssj3Ed9PeA5IATs+EKeSgFQLI3sPPnY75NHfMvTPNHHeKEfu56HntcX7KlwYHwUI5UakY57y/1BxYp4oPF5jG7A1/0X+XA0XDmlV1ajvSCXTefLIZiKP3qWxTls4TMXnS+85ykitwtvl7FRy6zaQHONJo3UcUu/6weseKdot1bBBeeyW2aObHXsR/AB7YDk7B8hP2N3pvAvObL2jNYOR1eHieS86R7wR8Yx62k9SZpRPPnB167LN2RJu7dDXBX/83Q==");
    expect(nodeCrypto.createSign('RSA-SHA256').update('signed ').update(Buffer.from('by Node')).sign(pem('rsa'), 'hex')).toEqual("791d019cb67b3c2f42e51887f4eee074df4269221e952e7887e54d3cee2edc2883d41d85a56f20e90ad27902e56d3e438ac34a8c41d860d415f24170d7d38928986a25ab5da58e5b074620828861d04efee709a00e000d84f70dde9d80d711b3919c7ed46fe1a0824bd80dd021a0218784989877203f199e56e8c656c522930962badfc4283829a3a2d0054ae5006fa5e719ed87b8c50442b23260eb910e93d356f24ddbc9492d6d96d586adaa737c5596a2259ff080c46efa51256c3445b53ce9bd58fbf15e9a6e57031d906a2de97b60f8b3de906a73dc314daa6afb23d7e8a3f31810548f6eb289517cd2dd466af16f5d1bf287e0164d79a8c7cbf755046d");
    expect(nodeCrypto.createSign('sha512').update('x').sign(nodeCrypto.createPrivateKey(pem('rsa.pkcs1')), 'base64url')).toEqual("riX0-pS9PYJ7IOQspof9-pqJfcSZLN5pyGtU12OHuLH6Q6TmWo6iAnN3X7UbyOkbSziMLTwN1gURUEDcgKp8YVpLLqa0hoFhorXom5WY4cJyP-KSoIa4XJ-3jVacbN3BEDZ0zCC5q0NmlAJs3buUiAR8mmgvN93w9ijbtmOs-blRYGVKM1ltdQbgXBK7WiMbHdad_AIOlcm4pHtKS8NNJkN9vnszf46RpNl9jQxF0s01HiGjvr2pPy8vosAbvp-bbWl3OqThBNxr8b46hBqnxiclujC3MQFN99Qtzd0v0bfdZ1sssWXqhDLBBdX-8sVlgUHfOfn8WyiwuBQ1p82bRw");
    expect(nodeCrypto.sign(null, msg, pem('rsa')).toString('base64')).toEqual("eR0BnLZ7PC9C5RiH9O7gdN9CaSIelS54h+VNPO4u3CiD1B2FpW8g6QrSeQLlbT5DisNKjEHYYNQV8kFw19OJKJhqJatdpY5bB0Yggohh0E7+5wmgDgANhPcN3p2A1xGzkZx+1G/hoIJL2A3QIaAhh4SYmHcgPxmeVujGVsUikwliut/EKDgpo6LQBUrlAG+l5xnth7jFBEKyMmDrkQ6T01byTdvJSS1tltWGrapzfFWWoiWf8IDEbvpRJWw0RbU86b1Y+/Femm5XAx2Qai3pe2D4s96QanPcMU2qavsj1+ij8xgQVI9usolRfNLdRmrxb10b8ofgFk15qMfL91UEbQ==");
    expect(nodeCrypto.sign(null, msg, pem('ed25519')).toString('base64')).toEqual("TUsrMbbmDdCGjQpPqnwQK01Zsz4sib7QwytiNnPsCm1/9zB/bQK92Q2aN3Gtp+PPAOVoPqHZXE8iCc+s47vlDQ==");
    expect(nodeCrypto.sign(undefined, Buffer.from(''), nodeCrypto.createPrivateKey(pem('ed25519'))).toString('hex')).toEqual("b3fcd3f54afb70605534ceebae922475277885cccaabb9a64e92701f89c44ca77b790afee5393b4163f618cfa1a91eda79fb02413d391f3934be2fce775c3206");
    expect(nodeCrypto.verify(null, msg, pem('ed25519.pub'), nodeCrypto.sign(null, msg, pem('ed25519')))).toEqual(true);
    expect(nodeCrypto.verify('sha256', msg, pem('rsa.pub'), nodeCrypto.sign('sha256', msg, pem('rsa')))).toEqual(true);
    expect(nodeCrypto.verify('sha256', Buffer.from('other'), pem('rsa.pub'), nodeCrypto.sign('sha256', msg, pem('rsa')))).toEqual(false);
    expect(nodeCrypto.verify('sha256', msg, pem('rsa'), nodeCrypto.sign('sha256', msg, pem('rsa')))).toEqual(true);
    expect(nodeCrypto.createVerify('sha256').update(msg).verify(pem('rsa.pub'), nodeCrypto.sign('sha256', msg, pem('rsa')).toString('base64'), 'base64')).toEqual(true);
  });
  it("Node-made randomized signatures (ECDSA der/ieee-p1363, RSA-PSS) verify", () => {
    expect(nodeCrypto.verify('sha256', msg, pem('p256.pub'), Buffer.from(sigs['p256.der'], 'base64'))).toEqual(true);
    expect(nodeCrypto.verify('sha384', msg, pem('p384.pub'), Buffer.from(sigs['p384.der'], 'base64'))).toEqual(true);
    expect(nodeCrypto.verify('sha512', msg, pem('p521.pub'), Buffer.from(sigs['p521.der'], 'base64'))).toEqual(true);
    expect(nodeCrypto.verify('sha256', msg, { key: pem('p256.pub'), dsaEncoding: 'ieee-p1363' }, Buffer.from(sigs['p256.p1363'], 'base64'))).toEqual(true);
    expect(nodeCrypto.verify('sha384', msg, { key: pem('p384.pub'), dsaEncoding: 'ieee-p1363' }, Buffer.from(sigs['p384.p1363'], 'base64'))).toEqual(true);
    expect(nodeCrypto.createVerify('RSA-SHA512').update(msg).verify({ key: pem('p521.pub'), dsaEncoding: 'ieee-p1363' }, sigs['p521.p1363'], 'base64')).toEqual(true);
    expect(nodeCrypto.verify('sha256', msg, pem('p256.pub'), Buffer.from(sigs['p256.p1363'], 'base64'))).toEqual(false);
    expect(nodeCrypto.verify('sha256', msg, { key: pem('p256.pub'), dsaEncoding: 'ieee-p1363' }, Buffer.from(sigs['p256.der'], 'base64'))).toEqual(false);
    expect(nodeCrypto.verify('sha256', Buffer.from('other'), pem('p256.pub'), Buffer.from(sigs['p256.der'], 'base64'))).toEqual(false);
    expect(nodeCrypto.verify('sha256', msg, { key: pem('rsa.pub'), padding: 6 }, Buffer.from(sigs['pss.max'], 'base64'))).toEqual(true);
    expect(nodeCrypto.verify('sha256', msg, { key: pem('rsa.pub'), padding: 6 }, Buffer.from(sigs['pss.digest'], 'base64'))).toEqual(true);
    expect(nodeCrypto.verify('sha256', msg, { key: pem('rsa.pub'), padding: 6, saltLength: 32 }, Buffer.from(sigs['pss.digest'], 'base64'))).toEqual(true);
    expect(nodeCrypto.verify('sha256', msg, { key: pem('rsa.pub'), padding: 6, saltLength: 32 }, Buffer.from(sigs['pss.max'], 'base64'))).toEqual(false);
    expect(nodeCrypto.verify('sha512', msg, { key: pem('rsa.pub'), padding: 6, saltLength: 0 }, Buffer.from(sigs['pss.sha512.salt0'], 'base64'))).toEqual(true);
    expect(nodeCrypto.verify('sha512', msg, { key: pem('rsa.pub'), padding: 6 }, Buffer.from(sigs['pss.sha512.salt0'], 'base64'))).toEqual(true);
    expect(nodeCrypto.verify('sha256', msg, pem('rsa.pub'), Buffer.from(sigs['pss.max'], 'base64'))).toEqual(false);
    expect(nodeCrypto.sign('sha256', msg, { key: pem('p256'), dsaEncoding: 'ieee-p1363' }).length).toEqual(64);
    expect(nodeCrypto.sign('sha512', msg, { key: pem('p521'), dsaEncoding: 'ieee-p1363' }).length).toEqual(132);
    expect(nodeCrypto.sign('sha256', msg, { key: pem('rsa'), padding: 6 }).length).toEqual(256);
  });
  it("errors as Node reports them", () => {
    expect(thrown(() => nodeCrypto.createPublicKey('garbage'))).toEqual({"threw":"Error","code":"ERR_OSSL_UNSUPPORTED","message":"error:1E08010C:DECODER routines::unsupported"});
    expect(thrown(() => nodeCrypto.createPrivateKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----'))).toEqual({"threw":"Error","code":"ERR_OSSL_UNSUPPORTED","message":"error:1E08010C:DECODER routines::unsupported"});
    expect(thrown(() => nodeCrypto.createPrivateKey(pem('rsa.pub')))).toEqual({"threw":"Error","code":"ERR_OSSL_UNSUPPORTED","message":"error:1E08010C:DECODER routines::unsupported"});
    expect(thrown(() => nodeCrypto.createPublicKey(123))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"key\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received type number (123)"});
    expect(thrown(() => nodeCrypto.createPrivateKey(nodeCrypto.createPrivateKey(pem('rsa'))))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"key\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received an instance of PrivateKeyObject"});
    expect(thrown(() => nodeCrypto.createPublicKey(nodeCrypto.createPublicKey(pem('rsa.pub'))))).toEqual({"threw":"TypeError","code":"ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE","message":"Invalid key object type public, expected private."});
    expect(thrown(() => nodeCrypto.createPublicKey({ key: { kty: 'RSA' }, format: 'jwk' }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"key.n\" property must be of type string. Received undefined"});
    expect(thrown(() => nodeCrypto.createPrivateKey({ key: Buffer.alloc(2), format: 'der' }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_VALUE","message":"The property 'options.type' is invalid. Received undefined"});
    expect(thrown(() => nodeCrypto.createPrivateKey({ key: Buffer.alloc(2), format: 'der', type: 'foo' }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_VALUE","message":"The property 'options.type' is invalid. Received 'foo'"});
    expect(thrown(() => nodeCrypto.createSign('nope'))).toEqual({"threw":"TypeError","code":"ERR_CRYPTO_INVALID_DIGEST","message":"Invalid digest"});
    expect(thrown(() => nodeCrypto.sign('nope', msg, pem('rsa')))).toEqual({"threw":"TypeError","code":"ERR_CRYPTO_INVALID_DIGEST","message":"Invalid digest: nope"});
    expect(thrown(() => nodeCrypto.sign('sha256', msg, nodeCrypto.createSecretKey(Buffer.alloc(8))))).toEqual({"threw":"TypeError","code":"ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE","message":"Invalid key object type secret, expected private."});
    expect(thrown(() => nodeCrypto.createSign('sha256').update('x').sign(nodeCrypto.createPublicKey(pem('p256.pub'))))).toEqual({"threw":"TypeError","code":"ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE","message":"Invalid key object type public, expected private."});
    expect(thrown(() => nodeCrypto.createVerify('sha256').update('x').verify(nodeCrypto.createSecretKey(Buffer.alloc(3)), Buffer.alloc(3)))).toEqual({"threw":"TypeError","code":"ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE","message":"Invalid key object type secret, expected private or public."});
    expect(thrown(() => nodeCrypto.createSign('sha256').update('x').sign('garbage'))).toEqual({"threw":"Error","code":"ERR_OSSL_UNSUPPORTED","message":"error:1E08010C:DECODER routines::unsupported"});
    expect(thrown(() => nodeCrypto.createPublicKey(pem('rsa.pub')).export())).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"options\" argument must be of type object. Received undefined"});
    expect(thrown(() => nodeCrypto.createPublicKey(pem('rsa.pub')).export({ format: 'pem' }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_VALUE","message":"The property 'options.type' is invalid. Received undefined"});
    expect(thrown(() => nodeCrypto.createPublicKey(pem('rsa.pub')).export({ type: 'pkcs8', format: 'pem' }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_VALUE","message":"The property 'options.type' is invalid. Received 'pkcs8'"});
    expect(thrown(() => nodeCrypto.createPrivateKey(pem('p256')).export({ type: 'pkcs1', format: 'der' }))).toEqual({"threw":"Error","code":"ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS","message":"The selected key encoding pkcs1 can only be used for RSA keys."});
    expect(thrown(() => nodeCrypto.createPrivateKey(pem('rsa')).export({ type: 'sec1', format: 'der' }))).toEqual({"threw":"Error","code":"ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS","message":"The selected key encoding sec1 can only be used for EC keys."});
    expect(thrown(() => new nodeCrypto.KeyObject('secret', {}))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"handle\" argument must be of type object. Received an instance of Object"});
  });
  // </known-answers>
});

describe('crypto keys (round trips and identity)', () => {
  it('verifies its own randomized signatures (ECDSA in both encodings, RSA-PSS) and rejects tampered ones', () => {
    [['p256', 'sha256'], ['p384', 'sha384'], ['p521', 'sha512']].forEach(([name, hash]) => {
      ['der', 'ieee-p1363'].forEach(dsaEncoding => {
        const sig = nodeCrypto.sign(hash, msg, { key: pem(name), dsaEncoding });
        expect(nodeCrypto.verify(hash, msg, { key: pem(name + '.pub'), dsaEncoding }, sig)).toBe(true);
        sig[sig.length - 1] ^= 1;
        expect(nodeCrypto.verify(hash, msg, { key: pem(name + '.pub'), dsaEncoding }, sig)).toBe(false);
      });
    });
    const pss = nodeCrypto.sign('sha384', msg, { key: pem('rsa'), padding: nodeCrypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 20 });
    expect(nodeCrypto.verify('sha384', msg, { key: pem('rsa.pub'), padding: 6 }, pss)).toBe(true);
    expect(nodeCrypto.verify('sha384', msg, { key: pem('rsa.pub'), padding: 6, saltLength: 20 }, pss)).toBe(true);
    expect(nodeCrypto.verify('sha384', msg, { key: pem('rsa.pub'), padding: 6, saltLength: 21 }, pss)).toBe(false);
  });

  it('shares key material with Web Crypto: KeyObject.from(cryptoKey)', () => {
    return crypto.subtle.importKey('jwk', nodeCrypto.createPrivateKey(pem('p256')).export({ format: 'jwk' }),
      { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']).then(cryptoKey => {
      const ko = nodeCrypto.KeyObject.from(cryptoKey);
      expect(ko.type).toBe('private');
      expect(ko.asymmetricKeyType).toBe('ec');
      expect(ko.export({ type: 'pkcs8', format: 'pem' })).toBe(pem('p256'));
    });
  });

  it('calls back from sign and verify when given a callback', () => {
    return new Promise((resolve, reject) => {
      nodeCrypto.sign(null, msg, pem('ed25519'), (err, sig) => {
        if (err) return reject(err);
        nodeCrypto.verify(null, msg, pem('ed25519.pub'), sig, (err2, ok) => (err2 ? reject(err2) : resolve(ok)));
      });
    }).then(ok => expect(ok).toBe(true));
  });
});
