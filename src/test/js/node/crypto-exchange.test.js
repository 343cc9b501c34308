// Tests for node:crypto's RSA envelopes (publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt) and key
// agreements. The known-answer expectations were printed by Node 20 for the same expressions (regenerate with
// `node src/test/js/fixtures/known-answers/make.cjs`, cases in crypto-exchange.cases.cjs).
const nodeCrypto = require('node:crypto');
const fs = require('fs');
const path = require('path');

const pem = name => fs.readFileSync(path.join(__dirname, '../fixtures/keys', name + '.pem'), 'utf8');
// ciphertexts Node 20 made (OAEP is randomized), as in the cases file
const nodeOaep = Buffer.from('WYbxZU9S9vYeXo04gqdYrR7EFOHT/7G06Yc9nnQvVCjIcTayy9M3HfhPi9mrIp8xqZoK0LlQ5hWJO81p6KRd7lRnhTR89+zIpzyTCSZ0363cfAhkmhag92zoOJmx7gkUgdpMbjYGIsDpUqX61VUtWpiwj7ITpgoJxStbmrjpFI2UoMG67/abpHaeofK3OxvY5SKp7b6I9/UD0apUXvp7D1ZJwBg6FGUKyBxPZQ5mVHkJJyfgpCAqEB+6NnpMoDjGH43AcWFmgIaT74XSjpZkmcxEQATH0VmC5vzuJYHKsY6lqZTeMKwGQRV9i+MzuwdG7NRCqNTB4mkg8Mtxie0hqA==', 'base64');
const nodeOaep256 = Buffer.from('RSvQw8EqlqzHIav/BhmzGvdfIuxNJbG5KhfZnrHDIkpfol/rcJnjjnR2JmQuLnd+qYEfctc0kIv7xKtGo8FyyYgrHBGv9ZrYernxbWWBkLlNiHBE/ku3n/YR4+tS9qrckNPixMl2nl1sjC9HcZEsJuSLTx0zFeK1edJMbFrp507D3Z73iD0to93PUyFfdYx/vsqTKvo0BxxvWgZKfr8rnKcJTMUY0nZCRuQ6PC5sb5iXipiKh3mN+uT03hFyAlFrl4Tfu4q+MOFEKsLrN62U744T1CIsVrASVNQ2yGZZoN1rsLFzwpAmzbckDAXr8ERMtzPviFd7RqlS+/U6WpzTPQ==', 'base64');
const thrown = require('../fixtures/known-answers/thrown.cjs');

describe('crypto envelopes and agreements (Node known answers)', () => {
  // <known-answers>
  it("publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt", () => {
    expect(nodeCrypto.privateDecrypt(pem('rsa'), nodeOaep).toString()).toEqual("oaep sha1 from Node");
    expect(nodeCrypto.privateDecrypt({ key: pem('rsa.pkcs1'), oaepHash: 'sha256', oaepLabel: Buffer.from('label') }, nodeOaep256).toString()).toEqual("oaep sha256 from Node");
    expect(nodeCrypto.privateDecrypt({ key: nodeCrypto.createPrivateKey(pem('rsa')), oaepHash: 'SHA256', oaepLabel: 'label' }, nodeOaep256).toString()).toEqual("oaep sha256 from Node");
    expect(nodeCrypto.privateDecrypt(pem('rsa'), nodeCrypto.publicEncrypt(pem('rsa.pub'), Buffer.from('round trip'))).toString()).toEqual("round trip");
    expect(nodeCrypto.privateDecrypt({ key: pem('rsa'), oaepHash: 'sha512' }, nodeCrypto.publicEncrypt({ key: pem('rsa'), oaepHash: 'sha512' }, 'from the private key')).toString()).toEqual("from the private key");
    expect(nodeCrypto.publicEncrypt(pem('rsa.pub'), Buffer.alloc(0)).length).toEqual(256);
    expect(nodeCrypto.privateEncrypt(pem('rsa'), Buffer.from('x')).toString('hex')).toEqual("923fbda7a7ddfb75dca70e1f570bd7087fcb47216091466b276bf1743da9fa5eb4b3d871e0ca3490c0629e5167ff42a17dea1064ac9a357938c7e4ec480fe4165d853b08ee3c8ce47fc4d9754b5c36301a77ac6885338813c302fa094ef4e9c0bf8fa074fd79a1fc5c19eb3aaeb0ac4c2745379b50768ff433ca582f6da2a2dd3298a675a1857e5763ae7e4b7cebb5954bd068a9266cfc613c01f334219c1be60fe28a4448132ee852a4fe6fa8311af243bc901af9000968c577168a682af10f1f34c4b9203d0af4804472ead5333cb13768b0602fcf15ca575999782d6c2688f6e7212613bd95b42b2d38260376b55d1c2f5de69898f606945aaeb52c8d8de7");
    expect(nodeCrypto.privateEncrypt({ key: pem('rsa'), padding: nodeCrypto.constants.RSA_PKCS1_PADDING }, 'signed-ish').toString('base64')).toEqual("yZyUABEONfd3yzqCquoIPlaMztDdB8MYEthuvnMvHuwu5wWcyH1O4VGDgxU/83otuB2Ya6AGaz8I0CwjF6s+N4sjzlOj8u7PxtGXB0KIAarAfzyQQJd8DFUDyB8z+GyHIkWqqB5Oq/PjPkhhp03JnzAc7jsnz/C2bLsIIVUN9oMqTBzLHYpS6LanVF1zagP3C4SwT9kZ8b/4mX52upFoOz2mZxRK4OWr0oUCPqlyfbXUrCr9vRcHEqZhqbrGSHpgQbKszp2QEnxU3kJAL0DUVmx1iN7U8XDyVPdg8a18/M6TvleJr1HKUd6RWQ/hjSbNKTSPWe9Jqt+bewUrWok6Jg==");
    expect(nodeCrypto.publicDecrypt(pem('rsa.pub'), nodeCrypto.privateEncrypt(pem('rsa'), Buffer.from('x'))).toString()).toEqual("x");
    expect(nodeCrypto.publicDecrypt(pem('rsa'), nodeCrypto.privateEncrypt(pem('rsa'), Buffer.from('either key'))).toString()).toEqual("either key");
    expect(nodeCrypto.publicEncrypt({ key: pem('rsa.pub'), padding: nodeCrypto.constants.RSA_NO_PADDING }, Buffer.alloc(256, 1)).toString('hex')).toEqual("6f5803544646468229a1f4a011bc3aea5a08fa136aa889be076c5c5c38c62bc16267f2f57daa258d43672d7953ad3eef5150027bae51d7a05c85bc28b7fcd217ac5401f2aa6b8145fa06cf2e25a476e9336a3237c27a0dce87e325694b6fefa0381d3299276e39da48c313ae72cc0dcc23d19e181bcb2be8f4d33677b6a829e47c55c5c70df7ffb5c25954f4814b21b5f013eac4f406cc01e738cebb439fc49c5179d2b8ea9d13ff37c0c91b28480be1fb71be93f78152bf1a212b1cbdadba66f53cfab125f6c68b1fcbeb064f25d1e4ef8c1abfdee0e6dd1b7a809b46bb84f06c4eeb763979c7ee08034f1d0a00643e0fa83eb8f24dbfd9537bb85acece565a");
    expect(nodeCrypto.privateDecrypt({ key: pem('rsa'), padding: 3 }, nodeCrypto.publicEncrypt({ key: pem('rsa.pub'), padding: 3 }, Buffer.alloc(256, 7))).equals(Buffer.alloc(256, 7))).toEqual(true);
    expect(thrown(() => nodeCrypto.privateDecrypt(pem('rsa'), nodeCrypto.publicEncrypt({ key: pem('rsa.pub'), padding: 1 }, Buffer.from('x')).length))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"buffer\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (256)"});
  });
  it("RSA envelope errors as Node reports them", () => {
    expect(thrown(() => nodeCrypto.privateDecrypt({ key: pem('rsa'), padding: 1 }, nodeCrypto.publicEncrypt({ key: pem('rsa.pub'), padding: 1 }, Buffer.from('x'))))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_VALUE","message":"RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with --security-revert=CVE-2023-46809"});
    expect(thrown(() => nodeCrypto.privateDecrypt(pem('rsa'), Buffer.alloc(256, 1)))).toEqual({"threw":"Error","code":"ERR_OSSL_RSA_OAEP_DECODING_ERROR","message":"error:02000079:rsa routines::oaep decoding error"});
    expect(thrown(() => nodeCrypto.privateDecrypt(pem('rsa'), Buffer.alloc(10, 1)))).toEqual({"threw":"Error","code":"ERR_OSSL_RSA_OAEP_DECODING_ERROR","message":"error:02000079:rsa routines::oaep decoding error"});
    expect(thrown(() => nodeCrypto.privateDecrypt({ key: pem('rsa'), oaepHash: 'sha256' }, nodeOaep256))).toEqual({"threw":"Error","code":"ERR_OSSL_RSA_OAEP_DECODING_ERROR","message":"error:02000079:rsa routines::oaep decoding error"});
    expect(thrown(() => nodeCrypto.publicEncrypt(pem('rsa.pub'), Buffer.alloc(300, 1)))).toEqual({"threw":"Error","code":"ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE","message":"error:0200006E:rsa routines::data too large for key size"});
    expect(thrown(() => nodeCrypto.publicEncrypt(pem('rsa.pub'), Buffer.alloc(215, 1)))).toEqual({"threw":"Error","code":"ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE","message":"error:0200006E:rsa routines::data too large for key size"});
    expect(thrown(() => nodeCrypto.publicEncrypt({ key: pem('rsa.pub'), padding: 1 }, Buffer.alloc(246, 1)))).toEqual({"threw":"Error","code":"ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE","message":"error:0200006E:rsa routines::data too large for key size"});
    expect(thrown(() => nodeCrypto.publicDecrypt(pem('rsa.pub'), Buffer.alloc(256, 1)))).toEqual({"threw":"Error","code":"ERR_OSSL_RSA_INVALID_PADDING","message":"error:0200008A:rsa routines::invalid padding"});
    expect(thrown(() => nodeCrypto.publicEncrypt({ key: pem('rsa.pub'), oaepHash: 'nope' }, Buffer.alloc(3, 1)))).toEqual({"threw":"Error","code":"ERR_OSSL_EVP_INVALID_DIGEST","message":"Invalid digest used"});
    expect(thrown(() => nodeCrypto.publicEncrypt({ key: pem('rsa.pub'), oaepHash: 5 }, Buffer.alloc(3, 1)))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"key.oaepHash\" property must be of type string. Received type number (5)"});
    expect(thrown(() => nodeCrypto.publicEncrypt({ key: pem('rsa.pub'), padding: 3 }, Buffer.alloc(3, 1)))).toEqual({"threw":"Error","code":"ERR_OSSL_RSA_DATA_TOO_SMALL_FOR_KEY_SIZE","message":"error:0200007A:rsa routines::data too small for key size"});
    expect(thrown(() => nodeCrypto.publicEncrypt({ key: pem('rsa.pub'), padding: 7 }, Buffer.alloc(3)))).toEqual({"threw":"Error","code":"ERR_OSSL_RSA_UNKNOWN_PADDING_TYPE","message":"error:02000076:rsa routines::unknown padding type"});
    expect(thrown(() => nodeCrypto.privateEncrypt(nodeCrypto.createPublicKey(pem('rsa.pub')), Buffer.alloc(3, 1)))).toEqual({"threw":"TypeError","code":"ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE","message":"Invalid key object type public, expected private."});
    expect(thrown(() => nodeCrypto.publicEncrypt(pem('rsa.pub'), 5))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"buffer\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (5)"});
    expect(thrown(() => nodeCrypto.publicEncrypt(pem('p256.pub'), Buffer.from('x')))).toEqual({"threw":"Error","code":"ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE","message":"error:03000096:digital envelope routines::operation not supported for this keytype"});
  });
  // </known-answers>
});
