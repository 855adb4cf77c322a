/*
 * Unit tests of src/guard/anonymize.c: every Presidio operator and its
 * parameter checks, AES output that Presidio's own ciphertexts prove
 * compatible (vectors from presidio-anonymizer's tests), hashes against
 * known SHA-256/512 digests, Presidio's overlap handling and item lists
 * (cases from Presidio's e2e tests, same expected JSON), code-point offsets
 * over multi-byte text, Presidio's JSON results, and the numbered
 * placeholders with their restore table.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "guard/anonymize.h"
#include "util/err.h"

#define R(type, s, e, sc)                                                                          \
    ((struct guard_result){.entity = (type), .start = (s), .end = (e), .score = (sc)})

struct run {
    int rc;
    char text[4096];
    char items[4096];
    char err[GUARD_ANON_ERRLEN];
};

/* Anonymizes `text` with results `v` (byte offsets) and operators JSON. */
static void anon(struct run *out, const char *text, struct guard_result *v, size_t n,
                 const char *ops_json)
{
    struct guard_results r = {v, n, n};
    json_t *ops = ops_json ? json_loads(ops_json, 0, NULL) : NULL;
    json_t *items = NULL;
    struct buf b;
    char *dump;

    if (ops_json)
        assert_non_null(ops);
    buf_init(&b, 1 << 20);
    memset(out, 0, sizeof(*out));
    out->rc = guard_anonymize(str_from(text), &r, ops, &b, &items, out->err, sizeof(out->err));
    if (out->rc == 0) {
        snprintf(out->text, sizeof(out->text), "%.*s", (int)b.len, b.ptr ? b.ptr : "");
        dump = json_dumps(items, JSON_COMPACT);
        assert_non_null(dump);
        snprintf(out->items, sizeof(out->items), "%s", dump);
        free(dump);
    } else {
        assert_null(items);
    }
    json_decref(items);
    json_decref(ops);
    buf_dispose(&b);
}

/* Same, with Presidio's JSON analyzer_results (code points). */
static void anon_json(struct run *out, const char *text, const char *results_json,
                      const char *ops_json)
{
    struct guard_results r = {0};
    json_t *arr = json_loads(results_json, 0, NULL);
    char err[GUARD_ANON_ERRLEN];

    assert_non_null(arr);
    assert_int_equal(guard_results_from_json(str_from(text), arr, &r, err, sizeof(err)), 0);
    anon(out, text, r.v, r.n, ops_json);
    free(r.v);
    json_decref(arr);
}

static size_t off(const char *text, const char *needle)
{
    const char *p = strstr(text, needle);

    assert_non_null(p);
    return (size_t)(p - text);
}

/* ---- replace, redact, keep ------------------------------------------------ */

static void test_replace(void **state)
{
    struct run o;
    struct guard_result v[2] = {R("PERSON", 11, 15, 0.8), R("PERSON", 17, 27, 0.8)};

    /* Presidio's AnonymizerEngine.anonymize docstring example. */
    anon(&o, "My name is Bond, James Bond", v, 2,
         "{\"PERSON\":{\"type\":\"replace\",\"new_value\":\"BIP\"}}");
    assert_int_equal(o.rc, 0);
    assert_string_equal(o.text, "My name is BIP, BIP");
    assert_string_equal(o.items,
                        "[{\"start\":16,\"end\":19,\"entity_type\":\"PERSON\",\"text\":\"BIP\","
                        "\"operator\":\"replace\"},{\"start\":11,\"end\":14,\"entity_type\":"
                        "\"PERSON\",\"text\":\"BIP\",\"operator\":\"replace\"}]");
    /* No operators at all, an empty new_value, or no DEFAULT: <ENTITY_TYPE>. */
    anon(&o, "My name is Bond, James Bond", v, 2, NULL);
    assert_string_equal(o.text, "My name is <PERSON>, <PERSON>");
    anon(&o, "My name is Bond, James Bond", v, 2,
         "{\"PERSON\":{\"type\":\"replace\",\"new_value\":\"\"}}");
    assert_string_equal(o.text, "My name is <PERSON>, <PERSON>");
    anon(&o, "My name is Bond, James Bond", v, 2, "{\"PHONE\":{\"type\":\"redact\"}}");
    assert_string_equal(o.text, "My name is <PERSON>, <PERSON>");
    /* DEFAULT applies to types without their own entry. */
    anon(&o, "My name is Bond, James Bond", v, 2,
         "{\"DEFAULT\":{\"type\":\"replace\",\"new_value\":\"ANONYMIZED\"}}");
    assert_string_equal(o.text, "My name is ANONYMIZED, ANONYMIZED");
    /* new_value of the wrong type is Presidio's message. */
    anon(&o, "My name is Bond, James Bond", v, 2,
         "{\"PERSON\":{\"type\":\"replace\",\"new_value\":5}}");
    assert_int_equal(o.rc, GW_EPARAM);
    assert_string_equal(o.err, "Invalid parameter value for new_value. Expecting 'string', but got "
                               "'number'.");
}

static void test_redact_keep(void **state)
{
    struct run o;
    struct guard_result v[2] = {R("NAME", 24, 32, 0.8), R("PHONE_NUMBER", 48, 57, 0.95)};
    const char *t = "hello world, my name is Jane Doe. My number is: 034453334";

    anon(&o, t, v, 2, "{\"DEFAULT\":{\"type\":\"redact\"}}");
    assert_int_equal(o.rc, 0);
    assert_string_equal(o.text, "hello world, my name is . My number is: ");
    assert_string_equal(
        o.items, "[{\"start\":40,\"end\":40,\"entity_type\":\"PHONE_NUMBER\",\"text\":\"\","
                 "\"operator\":\"redact\"},{\"start\":24,\"end\":24,\"entity_type\":\"NAME\","
                 "\"text\":\"\",\"operator\":\"redact\"}]");
    /* Presidio e2e test_keep_name: same expected JSON. */
    anon(&o, t, v, 2, "{\"NAME\":{\"type\":\"keep\"},\"PHONE_NUMBER\":{\"type\":\"replace\"}}");
    assert_string_equal(o.text, "hello world, my name is Jane Doe. My number is: <PHONE_NUMBER>");
    assert_string_equal(o.items,
                        "[{\"start\":48,\"end\":62,\"entity_type\":\"PHONE_NUMBER\",\"text\":"
                        "\"<PHONE_NUMBER>\",\"operator\":\"replace\"},{\"start\":24,\"end\":32,"
                        "\"entity_type\":\"NAME\",\"text\":\"Jane Doe\",\"operator\":\"keep\"}]");
}

/* ---- mask --------------------------------------------------------------- */

static void test_mask(void **state)
{
    struct run o;
    const char *t = "hello world, my name is Jane Doe. My number is: 034453334";
    struct guard_result v[4] = {R("NAME", 24, 32, 0.8), R("FIRST_NAME", 24, 28, 0.8),
                                R("LAST_NAME", 29, 32, 0.6), R("PHONE_NUMBER", 48, 57, 0.95)};

    /* Presidio e2e test_given_anonymize_called_with_valid_request...: the
     * contained FIRST_NAME and LAST_NAME give way to NAME. */
    anon(&o, t, v, 4,
         "{\"DEFAULT\":{\"type\":\"replace\",\"new_value\":\"ANONYMIZED\"},\"PHONE_NUMBER\":{"
         "\"type\":"
         "\"mask\",\"masking_char\":\"*\",\"chars_to_mask\":4,\"from_end\":true}}");
    assert_int_equal(o.rc, 0);
    assert_string_equal(o.text, "hello world, my name is ANONYMIZED. My number is: 03445****");
    assert_string_equal(
        o.items, "[{\"start\":50,\"end\":59,\"entity_type\":\"PHONE_NUMBER\",\"text\":"
                 "\"03445****\",\"operator\":\"mask\"},{\"start\":24,\"end\":34,\"entity_type\":"
                 "\"NAME\",\"text\":\"ANONYMIZED\",\"operator\":\"replace\"}]");
    /* From the start; more than the length masks everything; 0 and
     * negative mask nothing. */
    anon(&o, t, v + 3, 1,
         "{\"DEFAULT\":{\"type\":\"mask\",\"masking_char\":\"#\",\"chars_to_mask\":3,\"from_end\":"
         "false}}");
    assert_string_equal(o.text, "hello world, my name is Jane Doe. My number is: ###453334");
    anon(&o, t, v + 3, 1,
         "{\"DEFAULT\":{\"type\":\"mask\",\"masking_char\":\"#\",\"chars_to_mask\":50,\"from_end\":"
         "true}}");
    assert_string_equal(o.text, "hello world, my name is Jane Doe. My number is: #########");
    anon(&o, t, v + 3, 1,
         "{\"DEFAULT\":{\"type\":\"mask\",\"masking_char\":\"#\",\"chars_to_mask\":0,\"from_end\":"
         "true}}");
    assert_string_equal(o.text, t);
    anon(&o, t, v + 3, 1,
         "{\"DEFAULT\":{\"type\":\"mask\",\"masking_char\":\"#\",\"chars_to_mask\":-2,\"from_end\":"
         "true}}");
    assert_string_equal(o.text, t);
}

static void test_mask_multibyte(void **state)
{
    struct run o;
    const char *t = "Name: José Müller, card ₹₹₹";
    size_t s = off(t, "José"), e = off(t, ", card");
    struct guard_result v[1] = {R("PERSON", s, e, 0.9)};

    /* Characters, not bytes, are masked, with a multi-byte masking char. */
    anon(&o, t, v, 1,
         "{\"PERSON\":{\"type\":\"mask\",\"masking_char\":\"█\",\"chars_to_mask\":6,\"from_end\":"
         "true}}");
    assert_int_equal(o.rc, 0);
    assert_string_equal(o.text, "Name: José ██████, card ₹₹₹");
    assert_string_equal(o.items, "[{\"start\":6,\"end\":17,\"entity_type\":\"PERSON\",\"text\":"
                                 "\"José ██████\",\"operator\":\"mask\"}]");
    anon(&o, t, v, 1,
         "{\"PERSON\":{\"type\":\"mask\",\"masking_char\":\"*\",\"chars_to_mask\":3,\"from_end\":"
         "false}}");
    assert_string_equal(o.text, "Name: ***é Müller, card ₹₹₹");
}

static void test_mask_params(void **state)
{
    struct run o;
    struct guard_result v[1] = {R("PHONE_NUMBER", 0, 9, 0.9)};

    /* Presidio requires all three parameters. */
    anon(&o, "034453334", v, 1,
         "{\"DEFAULT\":{\"type\":\"mask\",\"chars_to_mask\":4,\"from_end\":true}}");
    assert_int_equal(o.rc, GW_EPARAM);
    assert_string_equal(o.err, "Expected parameter masking_char");
    anon(&o, "034453334", v, 1,
         "{\"DEFAULT\":{\"type\":\"mask\",\"masking_char\":\"*\",\"from_end\":true}}");
    assert_string_equal(o.err, "Expected parameter chars_to_mask");
    anon(&o, "034453334", v, 1,
         "{\"DEFAULT\":{\"type\":\"mask\",\"masking_char\":\"*\",\"chars_to_mask\":4}}");
    assert_string_equal(o.err, "Expected parameter from_end");
    anon(&o, "034453334", v, 1,
         "{\"DEFAULT\":{\"type\":\"mask\",\"masking_char\":\"**\",\"chars_to_mask\":4,\"from_end\":"
         "true}}");
    assert_string_equal(o.err, "Invalid input, masking_char must be a character");
    anon(&o, "034453334", v, 1,
         "{\"DEFAULT\":{\"type\":\"mask\",\"masking_char\":\"*\",\"chars_to_mask\":\"4\",\"from_"
         "end\":true}}");
    assert_string_equal(o.err, "Invalid parameter value for chars_to_mask. Expecting 'number', but "
                               "got 'string'.");
    anon(&o, "034453334", v, 1,
         "{\"DEFAULT\":{\"type\":\"mask\",\"masking_char\":\"*\",\"chars_to_mask\":4,\"from_end\":"
         "1}}");
    assert_string_equal(o.err, "Invalid parameter value for from_end. Expecting 'boolean', but got "
                               "'number'.");
}

/* ---- hash --------------------------------------------------------------- */

static void test_hash_known(void **state)
{
    struct buf b;

    buf_init(&b, 4096);
    /* sha256("123456"): Presidio's own test vector (empty salt). */
    assert_int_equal(guard_hash_hex(STR_LIT("123456"), STR_LIT(""), false, &b), 0);
    assert_string_equal(b.ptr, "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92");
    buf_reset(&b);
    assert_int_equal(guard_hash_hex(STR_LIT("123456"), STR_LIT(""), true, &b), 0);
    assert_string_equal(b.ptr, "ba3253876aed6bc22d4a6ff53d8406c6ad864195ed144ab5c87621b6c233b548"
                               "baeae6956df346ec8c17f5ea10f35ee3cbc514797ed7ddd3145464e2a0bab413");
    buf_dispose(&b);
}

static void test_hash_operator(void **state)
{
    struct run o, o2;
    const char *t = "mail jane.doe@example.com now";
    struct guard_result v[1] = {R("EMAIL_ADDRESS", 5, 25, 1.0)};
    const char *u = "이름 김민준 끝";
    struct guard_result k[1] = {R("PERSON", off(u, "김민준"), off(u, " 끝"), 0.85)};

    /* sha256(text || salt), as Presidio's hash operator computes it. */
    anon(&o, t, v, 1, "{\"DEFAULT\":{\"type\":\"hash\",\"salt\":\"pepper-0123456789\"}}");
    assert_int_equal(o.rc, 0);
    assert_string_equal(
        o.text, "mail 54639f4b8139872226c295c15065b0f38f4e5911ab5edbe5ec084c7f13b4f4ce now");
    anon(&o, t, v, 1,
         "{\"DEFAULT\":{\"type\":\"hash\",\"hash_type\":\"sha512\",\"salt\":\"pepper-0123456789\"}"
         "}");
    assert_string_equal(o.text,
                        "mail af2f1fcc87ac861221cf6e772187362f70edd3615442bf43dd726a128dfc4cd8"
                        "8ab7373d42ddfb05b226b2c4f4f286b3cbfa07ee93bfbd86383c2174445a436d now");
    assert_string_equal(
        o.items, "[{\"start\":5,\"end\":133,\"entity_type\":\"EMAIL_ADDRESS\",\"text\":"
                 "\"af2f1fcc87ac861221cf6e772187362f70edd3615442bf43dd726a128dfc4cd88ab7373d42"
                 "ddfb05b226b2c4f4f286b3cbfa07ee93bfbd86383c2174445a436d\",\"operator\":"
                 "\"hash\"}]");
    /* UTF-8 text and salt. */
    anon(&o, u, k, 1, "{\"DEFAULT\":{\"type\":\"hash\",\"salt\":\"소금\"}}");
    assert_string_equal(o.text,
                        "이름 df286a57849fb430ae7825acc5b7aaaed6857e3b0aed0eea0517d0bc0998cd6c 끝");
    /* Without a salt, Presidio salts each entity with fresh random bytes:
     * two runs differ, and are still 64 hex digits. */
    anon(&o, t, v, 1, "{\"DEFAULT\":{\"type\":\"hash\"}}");
    anon(&o2, t, v, 1, "{\"DEFAULT\":{\"type\":\"hash\"}}");
    assert_int_equal(o.rc, 0);
    assert_int_equal(strlen(o.text), strlen("mail  now") + 64);
    assert_string_not_equal(o.text, o2.text);
    /* md5 is gone from Presidio; so are other names. */
    anon(&o, t, v, 1, "{\"DEFAULT\":{\"type\":\"hash\",\"hash_type\":\"md5\"}}");
    assert_int_equal(o.rc, GW_EPARAM);
    assert_string_equal(
        o.err, "Parameter hash_type value md5 is not in range of values ['sha256', 'sha512']");
}

/* ---- encrypt / decrypt -------------------------------------------------- */

static void test_presidio_vectors(void **state)
{
    struct buf b;

    buf_init(&b, 4096);
    /* presidio-anonymizer tests/integration/test_deanonymize_engine.py */
    assert_int_equal(guard_aes_decrypt(STR_LIT("WmZq4t7w!z%C&F)J"),
                                       STR_LIT("S184CMt9Drj7QaKQ21JTrpYzghnboTF9pn/neN8JME0="), &b),
                     0);
    assert_int_equal(b.len, strlen("Chloë"));
    assert_memory_equal(b.ptr, "Chloë", b.len);
    /* e2e-tests/tests/test_anonymizer.py (standard alphabet, '+'). */
    buf_reset(&b);
    assert_int_equal(
        guard_aes_decrypt(
            STR_LIT("1111111111111111"),
            STR_LIT("e6HnOMnIxbd4a8Qea44LshQDnjvxwzBIaAz+YqHNnMW2mC5r3AWoay8Spsoajyyy"), &b),
        0);
    assert_int_equal(b.len, strlen("text_for_encryption"));
    assert_memory_equal(b.ptr, "text_for_encryption", b.len);
    /* The wrong key does not decrypt (the padding does not check). */
    buf_reset(&b);
    assert_int_equal(
        guard_aes_decrypt(
            STR_LIT("2222222222222222"),
            STR_LIT("e6HnOMnIxbd4a8Qea44LshQDnjvxwzBIaAz+YqHNnMW2mC5r3AWoay8Spsoajyyy"), &b),
        GW_EPARAM);
    assert_int_equal(guard_aes_decrypt(STR_LIT("short"), STR_LIT("AAAA"), &b), GW_EPARAM);
    assert_int_equal(guard_aes_decrypt(STR_LIT("1111111111111111"), STR_LIT("AAAA"), &b),
                     GW_EPARAM);
    buf_dispose(&b);
}

static void test_encrypt_roundtrip(void **state)
{
    static const char *keys[] = {"WmZq4t7w!z%C&F)J", "0123456789abcdef01234567",
                                 "0123456789abcdef0123456789abcdef"};
    const char *plain = "Chloë Ødegård ₹ 김민준 😀";

    for (size_t i = 0; i < 3; i++) {
        struct buf c, c2, p;

        buf_init(&c, 4096);
        buf_init(&c2, 4096);
        buf_init(&p, 4096);
        assert_int_equal(guard_aes_encrypt(str_from(keys[i]), str_from(plain), &c), 0);
        assert_int_equal(guard_aes_encrypt(str_from(keys[i]), str_from(plain), &c2), 0);
        /* URL-safe base64 of IV + whole blocks, with padding. */
        assert_int_equal(c.len % 4, 0);
        assert_null(strpbrk(c.ptr, "+/"));
        size_t raw = 16 + (strlen(plain) / 16 + 1) * 16;
        assert_int_equal(c.len, (raw + 2) / 3 * 4);
        /* A random IV: the same text encrypts differently each time. */
        assert_string_not_equal(c.ptr, c2.ptr);
        assert_int_equal(guard_aes_decrypt(str_from(keys[i]), buf_str(&c), &p), 0);
        assert_int_equal(p.len, strlen(plain));
        assert_memory_equal(p.ptr, plain, p.len);
        buf_dispose(&c);
        buf_dispose(&c2);
        buf_dispose(&p);
    }
}

static void test_encrypt_operator_and_deanonymize(void **state)
{
    const char *t = "My name is Chloë, mail chloe@example.com";
    struct guard_result v[2] = {R("PERSON", 11, off(t, ","), 0.85),
                                R("EMAIL_ADDRESS", off(t, "chloe@"), strlen(t), 1.0)};
    struct guard_results r = {v, 2, 2};
    json_t *ops = json_loads("{\"DEFAULT\":{\"type\":\"encrypt\",\"key\":\"WmZq4t7w!z%C&F)J\"},"
                             "\"EMAIL_ADDRESS\":{\"type\":\"encrypt\",\"key\":"
                             "\"0123456789abcdef0123456789abcdef\"}}",
                             0, NULL);
    json_t *dops = json_loads("{\"DEFAULT\":{\"type\":\"decrypt\",\"key\":\"WmZq4t7w!z%C&F)J\"},"
                              "\"EMAIL_ADDRESS\":{\"type\":\"decrypt\",\"key\":"
                              "\"0123456789abcdef0123456789abcdef\"}}",
                              0, NULL);
    json_t *items = NULL, *ditems = NULL;
    struct buf enc, dec;
    char err[GUARD_ANON_ERRLEN];

    buf_init(&enc, 1 << 16);
    buf_init(&dec, 1 << 16);
    assert_int_equal(guard_anonymize(str_from(t), &r, ops, &enc, &items, err, sizeof(err)), 0);
    assert_int_equal(json_array_size(items), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(items, 0), "operator")),
                        "encrypt");
    /* Presidio's flow: the items of /anonymize go back as anonymizer_results. */
    assert_int_equal(guard_deanonymize(buf_str(&enc), items, dops, &dec, &ditems, err, sizeof(err)),
                     0);
    assert_int_equal(dec.len, strlen(t));
    assert_memory_equal(dec.ptr, t, dec.len);
    char *d = json_dumps(ditems, JSON_COMPACT);
    assert_string_equal(d,
                        "[{\"start\":23,\"end\":40,\"entity_type\":\"EMAIL_ADDRESS\",\"text\":"
                        "\"chloe@example.com\",\"operator\":\"decrypt\"},{\"start\":11,\"end\":16,"
                        "\"entity_type\":\"PERSON\",\"text\":\"Chloë\",\"operator\":\"decrypt\"}]");
    free(d);
    /* A bad key length is Presidio's message, for both directions. */
    struct run o;
    anon(&o, t, v, 1, "{\"DEFAULT\":{\"type\":\"encrypt\",\"key\":\"key\"}}");
    assert_int_equal(o.rc, GW_EPARAM);
    assert_string_equal(o.err, "Invalid input, key must be of length 128, 192 or 256 bits");
    anon(&o, t, v, 1, "{\"DEFAULT\":{\"type\":\"encrypt\"}}");
    assert_string_equal(o.err, "Expected parameter key");
    json_decref(items);
    json_decref(ditems);
    json_decref(ops);
    json_decref(dops);
    buf_dispose(&enc);
    buf_dispose(&dec);
}

static void test_deanonymize_presidio_vector(void **state)
{
    const char *t = "My name is S184CMt9Drj7QaKQ21JTrpYzghnboTF9pn/neN8JME0=";
    json_t *ents = json_loads("[{\"start\":11,\"end\":55,\"entity_type\":\"PERSON\"}]", 0, NULL);
    json_t *ops =
        json_loads("{\"DEFAULT\":{\"type\":\"decrypt\",\"key\":\"WmZq4t7w!z%C&F)J\"}}", 0, NULL);
    json_t *bad = json_loads("{\"PERSON\":{\"type\":\"decrypt\",\"key\":\"1234\"}}", 0, NULL);
    json_t *keep = json_loads("{\"DEFAULT\":{\"type\":\"deanonymize_keep\"}}", 0, NULL);
    json_t *items = NULL;
    struct buf b;
    char err[GUARD_ANON_ERRLEN];
    char *d;

    buf_init(&b, 4096);
    /* presidio test_given_operator_decrypt_with_valid_params_then_decrypt_text_successfully */
    assert_int_equal(guard_deanonymize(str_from(t), ents, ops, &b, &items, err, sizeof(err)), 0);
    assert_int_equal(b.len, strlen("My name is Chloë"));
    assert_memory_equal(b.ptr, "My name is Chloë", b.len);
    d = json_dumps(items, JSON_COMPACT);
    assert_string_equal(d,
                        "[{\"start\":11,\"end\":16,\"entity_type\":\"PERSON\",\"text\":\"Chloë\","
                        "\"operator\":\"decrypt\"}]");
    free(d);
    json_decref(items);
    /* test_given_short_key_then_we_fail */
    buf_reset(&b);
    assert_int_equal(guard_deanonymize(str_from(t), ents, bad, &b, &items, err, sizeof(err)),
                     GW_EPARAM);
    assert_string_equal(err, "Invalid input, key must be of length 128, 192 or 256 bits");
    /* deanonymize_keep leaves the text alone. */
    buf_reset(&b);
    assert_int_equal(guard_deanonymize(str_from(t), ents, keep, &b, &items, err, sizeof(err)), 0);
    assert_int_equal(b.len, strlen(t));
    json_decref(items);
    /* No deanonymizer for the type. */
    buf_reset(&b);
    assert_int_equal(guard_deanonymize(str_from(t), ents, NULL, &b, &items, err, sizeof(err)),
                     GW_EPARAM);
    /* Empty text, no entities: empty answer. */
    buf_reset(&b);
    assert_int_equal(guard_deanonymize(STR_LIT(""), NULL, ops, &b, &items, err, sizeof(err)), 0);
    assert_int_equal(b.len, 0);
    assert_int_equal(json_array_size(items), 0);
    json_decref(items);
    json_decref(ents);
    json_decref(ops);
    json_decref(bad);
    json_decref(keep);
    buf_dispose(&b);
}

/* ---- overlaps ----------------------------------------------------------- */

static void test_overlap_partial(void **state)
{
    struct run o;
    const char *t = "I'm George Washington Square Park";
    struct guard_result v[2] = {R("NAME", 4, 21, 0.8), R("LOCATION", 11, 33, 0.8)};

    /* Presidio e2e test_overlapping_keep_first / _second / _both. */
    anon(&o, t, v, 2, "{\"NAME\":{\"type\":\"keep\"},\"LOCATION\":{\"type\":\"replace\"}}");
    assert_string_equal(o.text, "I'm George Washington<LOCATION>");
    assert_string_equal(
        o.items, "[{\"start\":21,\"end\":31,\"entity_type\":\"LOCATION\",\"text\":\"<LOCATION>\","
                 "\"operator\":\"replace\"},{\"start\":4,\"end\":21,\"entity_type\":\"NAME\","
                 "\"text\":\"George Washington\",\"operator\":\"keep\"}]");
    anon(&o, t, v, 2, "{\"NAME\":{\"type\":\"replace\"},\"LOCATION\":{\"type\":\"keep\"}}");
    assert_string_equal(o.text, "I'm <NAME>Washington Square Park");
    assert_string_equal(o.items,
                        "[{\"start\":10,\"end\":32,\"entity_type\":\"LOCATION\",\"text\":"
                        "\"Washington Square Park\",\"operator\":\"keep\"},{\"start\":4,\"end\":10,"
                        "\"entity_type\":\"NAME\",\"text\":\"<NAME>\",\"operator\":\"replace\"}]");
    anon(&o, t, v, 2, "{\"DEFAULT\":{\"type\":\"keep\"}}");
    assert_string_equal(o.text, "I'm George WashingtonWashington Square Park");
    /* Default replace: the two concatenated, as Presidio's docs show. */
    anon(&o, t, v, 2, NULL);
    assert_string_equal(o.text, "I'm <NAME><LOCATION>");
}

static void test_overlap_conflicts(void **state)
{
    struct run o;
    const char *t = "My name is Inigo Montoya. BTW my number is: 03-232323.";
    size_t i = off(t, "Inigo"), m = off(t, ". BTW"), n = off(t, "03-"), ne = off(t, "3.") + 1;
    struct guard_result contained[2] = {R("FIRST_NAME", i, i + 5, 0.9), R("NAME", i, m, 0.5)};
    struct guard_result same[2] = {R("SSN", n, ne, 0.6), R("PHONE_NUMBER", n, ne, 0.7)};
    struct guard_result merge[2] = {R("PERSON", i, i + 12, 0.4), R("PERSON", i + 6, m, 0.8)};

    /* One inside another: the larger wins even with the lower score. */
    anon(&o, t, contained, 2, NULL);
    assert_string_equal(o.text, "My name is <NAME>. BTW my number is: 03-232323.");
    /* Same span: the higher score wins, whatever the order. */
    anon(&o, t, same, 2, NULL);
    assert_string_equal(o.text, "My name is Inigo Montoya. BTW my number is: <PHONE_NUMBER>.");
    same[0].score = 0.8;
    anon(&o, t, same, 2, NULL);
    assert_string_equal(o.text, "My name is Inigo Montoya. BTW my number is: <SSN>.");
    /* Intersecting spans of one type merge into one item. */
    anon(&o, t, merge, 2, NULL);
    assert_string_equal(o.text, "My name is <PERSON>. BTW my number is: 03-232323.");
    assert_string_equal(o.items, "[{\"start\":11,\"end\":19,\"entity_type\":\"PERSON\",\"text\":"
                                 "\"<PERSON>\",\"operator\":\"replace\"}]");
}

static void test_adjacent(void **state)
{
    struct run o;
    struct guard_result spaced[2] = {R("PERSON", 0, 4, 0.85), R("PERSON", 6, 11, 0.85)};
    struct guard_result comma[2] = {R("PERSON", 0, 4, 0.85), R("PERSON", 6, 11, 0.85)};
    struct guard_result touching[2] = {R("A", 0, 1, 0.5), R("B", 1, 2, 0.5)};
    struct guard_result other[2] = {R("PERSON", 0, 4, 0.85), R("LOCATION", 6, 11, 0.85)};

    /* One type, only spaces between: merged into one (Presidio). */
    anon(&o, "John  Smith called", spaced, 2, NULL);
    assert_string_equal(o.text, "<PERSON> called");
    assert_string_equal(o.items, "[{\"start\":0,\"end\":8,\"entity_type\":\"PERSON\",\"text\":"
                                 "\"<PERSON>\",\"operator\":\"replace\"}]");
    /* Anything else between keeps them apart. */
    anon(&o, "John, Smith called", comma, 2, NULL);
    assert_string_equal(o.text, "<PERSON>, <PERSON> called");
    anon(&o, "John  Paris", other, 2, NULL);
    assert_string_equal(o.text, "<PERSON>  <LOCATION>");
    /* Touching spans of different types both stay. */
    anon(&o, "ab", touching, 2, NULL);
    assert_string_equal(o.text, "<A><B>");
    assert_string_equal(o.items,
                        "[{\"start\":3,\"end\":6,\"entity_type\":\"B\",\"text\":\"<B>\","
                        "\"operator\":\"replace\"},{\"start\":0,\"end\":3,\"entity_type\":\"A\","
                        "\"text\":\"<A>\",\"operator\":\"replace\"}]");
}

/* ---- multi-byte text ---------------------------------------------------- */

static void test_multibyte_offsets(void **state)
{
    struct run o, oj;
    const char *t = "Café ₹500 to 김민준 😀 at jane@x.io é";
    size_t k = off(t, "김민준"), ke = k + strlen("김민준"), m = off(t, "jane"), me = off(t, " é");
    struct guard_result v[2] = {R("PERSON", k, ke, 0.85), R("EMAIL_ADDRESS", m, me, 1.0)};

    anon(&o, t, v, 2, NULL);
    assert_int_equal(o.rc, 0);
    assert_string_equal(o.text, "Café ₹500 to <PERSON> 😀 at <EMAIL_ADDRESS> é");
    /* Code points in the output: "Café ₹500 to " is 13, "<PERSON> 😀 at " 14. */
    assert_string_equal(
        o.items, "[{\"start\":27,\"end\":42,\"entity_type\":\"EMAIL_ADDRESS\",\"text\":"
                 "\"<EMAIL_ADDRESS>\",\"operator\":\"replace\"},{\"start\":13,\"end\":21,"
                 "\"entity_type\":\"PERSON\",\"text\":\"<PERSON>\",\"operator\":\"replace\"}]");
    /* Presidio's JSON (code points) reads into the same byte spans. */
    anon_json(&oj, t,
              "[{\"start\":13,\"end\":16,\"score\":0.85,\"entity_type\":\"PERSON\"},"
              "{\"start\":22,\"end\":31,\"score\":1.0,\"entity_type\":\"EMAIL_ADDRESS\"}]",
              NULL);
    assert_string_equal(oj.text, o.text);
    assert_string_equal(oj.items, o.items);
    assert_int_equal(guard_cp_len(str_from(t)), 33);
}

static void test_results_from_json_errors(void **state)
{
    static const struct {
        const char *json, *err;
    } cases[] = {
        {"[{\"end\":3,\"score\":0.5,\"entity_type\":\"X\"}]",
         "Invalid input, result must contain start"},
        {"[{\"start\":\"0\",\"end\":3,\"score\":0.5,\"entity_type\":\"X\"}]",
         "Invalid parameter value for start. Expecting 'number', but got 'string'."},
        {"[{\"start\":0,\"end\":3,\"score\":0.5}]",
         "Invalid input, result must contain entity_type"},
        {"[{\"start\":0,\"end\":3,\"entity_type\":\"X\"}]",
         "Invalid input, analyzer result must contain score"},
        {"[{\"start\":-1,\"end\":3,\"score\":0.5,\"entity_type\":\"X\"}]",
         "Invalid input, result start and end must be positive"},
        {"[{\"start\":4,\"end\":3,\"score\":0.5,\"entity_type\":\"X\"}]",
         "Invalid input, start index '4' must be smaller than end index '3'"},
        {"[{\"start\":0,\"end\":30,\"score\":0.5,\"entity_type\":\"X\"}]",
         "Invalid analyzer result, start: 0 and end: 30, while text length is only 5."},
        {"null", "Invalid input, request must contain analyzer results"},
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct guard_results r = {0};
        json_t *j = json_loads(cases[i].json, JSON_DECODE_ANY, NULL);
        char err[GUARD_ANON_ERRLEN] = "";

        assert_int_equal(guard_results_from_json(STR_LIT("héllo"), j, &r, err, sizeof(err)),
                         GW_EPARAM);
        assert_string_equal(err, cases[i].err);
        free(r.v);
        json_decref(j);
    }
}

static void test_operator_errors(void **state)
{
    struct run o;
    struct guard_result v[1] = {R("PERSON", 0, 4, 0.8)};
    struct guard_result outside[1] = {R("PERSON", 0, 40, 0.8)};

    anon(&o, "John", v, 1, "{\"PERSON\":{\"type\":\"custom\",\"lambda\":\"x\"}}");
    assert_int_equal(o.rc, GW_EINVAL);
    assert_string_equal(o.err, "Custom type anonymizer is not supported");
    anon(&o, "John", v, 1, "{\"PERSON\":{\"type\":\"scramble\"}}");
    assert_int_equal(o.rc, GW_EPARAM);
    assert_string_equal(o.err, "Invalid operator class 'scramble'.");
    /* A deanonymizer is not an anonymizer. */
    anon(&o, "John", v, 1, "{\"PERSON\":{\"type\":\"decrypt\",\"key\":\"1111111111111111\"}}");
    assert_string_equal(o.err, "Invalid operator class 'decrypt'.");
    /* Every entry must name its operator, even an unused one. */
    anon(&o, "John", v, 1, "{\"PHONE\":{\"new_value\":\"x\"}}");
    assert_int_equal(o.rc, GW_EPARAM);
    assert_string_equal(o.err, "Invalid input, operator config must contain operator_name");
    anon(&o, "John", outside, 1, NULL);
    assert_int_equal(o.rc, GW_EPARAM);
    /* Empty text and no results. */
    anon(&o, "", NULL, 0, "{\"DEFAULT\":{\"type\":\"replace\",\"new_value\":\"ANONYMIZED\"}}");
    assert_int_equal(o.rc, 0);
    assert_string_equal(o.text, "");
    assert_string_equal(o.items, "[]");
}

/* ---- placeholders ------------------------------------------------------- */

static void test_placeholders(void **state)
{
    struct guard_placeholders p;
    const char *t1 = "Jane Doe met John Roe; Jane Doe paid with jane@x.io";
    const char *t2 = "Ask John Roe and Émile Zola";
    struct guard_result v1[4] = {R("PERSON", 0, 8, 0.85),
                                 R("PERSON", off(t1, "John"), off(t1, ";"), 0.85),
                                 R("PERSON", off(t1, "Jane Doe paid"), off(t1, " paid"), 0.85),
                                 R("EMAIL_ADDRESS", off(t1, "jane@"), strlen(t1), 1.0)};
    struct guard_result v2[2] = {R("PERSON", off(t2, "John"), off(t2, " and"), 0.85),
                                 R("PERSON", off(t2, "Émile"), strlen(t2), 0.85)};
    struct guard_results r1 = {v1, 4, 4}, r2 = {v2, 2, 2};
    struct buf a, b, back;

    guard_placeholders_init(&p);
    buf_init(&a, 4096);
    buf_init(&b, 4096);
    buf_init(&back, 4096);
    assert_int_equal(guard_placeholder_apply(&p, str_from(t1), &r1, &a), 0);
    assert_string_equal(a.ptr, "<PERSON_1> met <PERSON_2>; <PERSON_1> paid with <EMAIL_ADDRESS_1>");
    /* The same table across messages of one call: John Roe stays 2. */
    assert_int_equal(guard_placeholder_apply(&p, str_from(t2), &r2, &b), 0);
    assert_string_equal(b.ptr, "Ask <PERSON_2> and <PERSON_3>");
    assert_int_equal(json_object_size(p.map), 4);
    /* Restoring gives the texts back. */
    assert_int_equal(guard_placeholder_restore(&p, buf_str(&a), &back), 0);
    assert_string_equal(back.ptr, t1);
    buf_reset(&back);
    assert_int_equal(guard_placeholder_restore(&p, buf_str(&b), &back), 0);
    assert_string_equal(back.ptr, t2);
    /* In a model's answer: known tokens restored once, unknown ones left. */
    buf_reset(&back);
    assert_int_equal(guard_placeholder_restore(
                         &p, STR_LIT("Dear <PERSON_3>, <PERSON_9> <b> <PERSON_1>!<"), &back),
                     0);
    assert_string_equal(back.ptr, "Dear Émile Zola, <PERSON_9> <b> Jane Doe!<");
    /* Streams: hold back what may still become a placeholder. */
    assert_int_equal(guard_placeholder_partial(&p, STR_LIT("Hello <PERS")), 5);
    assert_int_equal(guard_placeholder_partial(&p, STR_LIT("Hello <PERSON_")), 8);
    assert_int_equal(guard_placeholder_partial(&p, STR_LIT("Hello <PERSON_1")), 9);
    assert_int_equal(guard_placeholder_partial(&p, STR_LIT("Hello <PERSON_1>")), 0);
    assert_int_equal(guard_placeholder_partial(&p, STR_LIT("a <b")), 0);
    assert_int_equal(guard_placeholder_partial(&p, STR_LIT("x <")), 1);
    assert_int_equal(guard_placeholder_partial(&p, STR_LIT("no tag")), 0);
    guard_placeholders_dispose(&p);
    buf_dispose(&a);
    buf_dispose(&b);
    buf_dispose(&back);
}

static void test_placeholders_overlap_roundtrip(void **state)
{
    struct guard_placeholders p;
    const char *t = "I'm George Washington Square Park, call 03-232323 ₹ 김민준";
    struct guard_result v[5] = {
        R("PERSON", 4, 21, 0.8), R("LOCATION", 11, off(t, ","), 0.8),
        R("PHONE_NUMBER", off(t, "03"), off(t, " ₹"), 0.7),
        R("SSN", off(t, "232323"), off(t, " ₹"), 0.6), /* contained: dropped */
        R("PERSON", off(t, "김민준"), strlen(t), 0.85)};
    struct guard_results r = {v, 5, 5};
    struct buf a, back;

    guard_placeholders_init(&p);
    buf_init(&a, 4096);
    buf_init(&back, 4096);
    assert_int_equal(guard_placeholder_apply(&p, str_from(t), &r, &a), 0);
    /* The partial overlap is cut: no byte under two placeholders. */
    assert_string_equal(a.ptr, "I'm <PERSON_1><LOCATION_1>, call <PHONE_NUMBER_1> ₹ <PERSON_2>");
    assert_string_equal(json_string_value(json_object_get(p.map, "<LOCATION_1>")), " Square Park");
    assert_int_equal(guard_placeholder_restore(&p, buf_str(&a), &back), 0);
    assert_string_equal(back.ptr, t);
    guard_placeholders_dispose(&p);
    assert_null(p.map);
    buf_dispose(&a);
    buf_dispose(&back);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_replace),
        cmocka_unit_test(test_redact_keep),
        cmocka_unit_test(test_mask),
        cmocka_unit_test(test_mask_multibyte),
        cmocka_unit_test(test_mask_params),
        cmocka_unit_test(test_hash_known),
        cmocka_unit_test(test_hash_operator),
        cmocka_unit_test(test_presidio_vectors),
        cmocka_unit_test(test_encrypt_roundtrip),
        cmocka_unit_test(test_encrypt_operator_and_deanonymize),
        cmocka_unit_test(test_deanonymize_presidio_vector),
        cmocka_unit_test(test_overlap_partial),
        cmocka_unit_test(test_overlap_conflicts),
        cmocka_unit_test(test_adjacent),
        cmocka_unit_test(test_multibyte_offsets),
        cmocka_unit_test(test_results_from_json_errors),
        cmocka_unit_test(test_operator_errors),
        cmocka_unit_test(test_placeholders),
        cmocka_unit_test(test_placeholders_overlap_roundtrip),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
