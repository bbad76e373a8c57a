/*
 * CPCRE2 — run-time binding to the system PCRE2 library (8-bit code units).
 *
 * corpuslint must build and run on a machine that has the PCRE2 *runtime*
 * (Debian package libpcre2-8-0, a dependency of grep) but not its headers
 * (libpcre2-dev). So this target neither includes <pcre2.h> nor links
 * -lpcre2-8: cl_pcre2_load() opens the shared library with dlopen() once per
 * process (never closed) and resolves the few functions below with dlsym().
 *
 * ABI values. Every constant and prototype declared here is taken from the
 * documented public API of PCRE2 10.x, file src/pcre2.h.generic of the
 * PCRE2Project/pcre2 repository (the header that `make` installs as pcre2.h),
 * and the pcre2api(3) man page. PCRE2 guarantees these option bits, error
 * numbers and request codes never change between 10.x releases ("the numbers
 * must not be changed" — pcre2.h). Only what corpuslint uses is declared, and
 * everything carries a CL_ prefix so that this header can coexist with a real
 * pcre2.h in the same translation unit.
 */
#ifndef CPCRE2_H
#define CPCRE2_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Options for pcre2_compile() (pcre2.h: "can be passed only to
 * pcre2_compile()"; PCRE2_NO_UTF_CHECK is also a match option). ---------- */
#define CL_PCRE2_CASELESS          0x00000008u  /* PCRE2_CASELESS  */
#define CL_PCRE2_DUPNAMES          0x00000040u  /* PCRE2_DUPNAMES  */
#define CL_PCRE2_NO_AUTO_CAPTURE   0x00002000u  /* PCRE2_NO_AUTO_CAPTURE */
#define CL_PCRE2_MULTILINE         0x00000400u  /* PCRE2_MULTILINE */
#define CL_PCRE2_UCP               0x00020000u  /* PCRE2_UCP       */
#define CL_PCRE2_UTF               0x00080000u  /* PCRE2_UTF       */
#define CL_PCRE2_NO_UTF_CHECK      0x40000000u  /* PCRE2_NO_UTF_CHECK */

/* ---- Options for pcre2_match() / pcre2_jit_match(). ------------------- */
#define CL_PCRE2_ANCHORED          0x80000000u  /* PCRE2_ANCHORED (also a compile option) */
#define CL_PCRE2_NOTEMPTY_ATSTART  0x00000008u  /* PCRE2_NOTEMPTY_ATSTART */

/* ---- Options for pcre2_jit_compile(). --------------------------------- */
#define CL_PCRE2_JIT_COMPLETE      0x00000001u  /* PCRE2_JIT_COMPLETE */

/* ---- Match results (pcre2.h "Expected matching error codes" and
 * "Miscellaneous error codes"). ------------------------------------------ */
#define CL_PCRE2_ERROR_NOMATCH         (-1)   /* PCRE2_ERROR_NOMATCH        */
#define CL_PCRE2_ERROR_JIT_STACKLIMIT  (-46)  /* PCRE2_ERROR_JIT_STACKLIMIT */
#define CL_PCRE2_ERROR_MATCHLIMIT      (-47)  /* PCRE2_ERROR_MATCHLIMIT     */
#define CL_PCRE2_ERROR_NOMEMORY        (-48)  /* PCRE2_ERROR_NOMEMORY       */
#define CL_PCRE2_ERROR_DEPTHLIMIT      (-53)  /* PCRE2_ERROR_DEPTHLIMIT     */
#define CL_PCRE2_ERROR_HEAPLIMIT       (-63)  /* PCRE2_ERROR_HEAPLIMIT      */

/* ---- Request codes for pcre2_pattern_info(). --------------------------- */
#define CL_PCRE2_INFO_CAPTURECOUNT     4u     /* PCRE2_INFO_CAPTURECOUNT  */
#define CL_PCRE2_INFO_FIRSTCODEUNIT    5u     /* PCRE2_INFO_FIRSTCODEUNIT */
#define CL_PCRE2_INFO_FIRSTCODETYPE    6u     /* PCRE2_INFO_FIRSTCODETYPE */
#define CL_PCRE2_INFO_FIRSTBITMAP      7u     /* PCRE2_INFO_FIRSTBITMAP   */
#define CL_PCRE2_INFO_LASTCODEUNIT     11u    /* PCRE2_INFO_LASTCODEUNIT  */
#define CL_PCRE2_INFO_LASTCODETYPE     12u    /* PCRE2_INFO_LASTCODETYPE  */
#define CL_PCRE2_INFO_MINLENGTH        16u    /* PCRE2_INFO_MINLENGTH     */
#define CL_PCRE2_INFO_NAMECOUNT        17u    /* PCRE2_INFO_NAMECOUNT     */
#define CL_PCRE2_INFO_NAMEENTRYSIZE    18u    /* PCRE2_INFO_NAMEENTRYSIZE */
#define CL_PCRE2_INFO_NAMETABLE        19u    /* PCRE2_INFO_NAMETABLE     */

/* ---- Request codes for pcre2_config(). --------------------------------- */
#define CL_PCRE2_CONFIG_JIT            1u     /* PCRE2_CONFIG_JIT     */
#define CL_PCRE2_CONFIG_VERSION        11u    /* PCRE2_CONFIG_VERSION */

/* PCRE2_SIZE is size_t; PCRE2_ZERO_TERMINATED and PCRE2_UNSET are both
 * (~(PCRE2_SIZE)0), i.e. SIZE_MAX. */
#define CL_PCRE2_ZERO_TERMINATED  (~(size_t)0)
#define CL_PCRE2_UNSET            (~(size_t)0)

/* Opaque handles (the library's pcre2_code_8, pcre2_match_data_8,
 * pcre2_match_context_8 and pcre2_jit_stack_8). Swift sees OpaquePointer. */
typedef struct cl_pcre2_code cl_pcre2_code;
typedef struct cl_pcre2_match_data cl_pcre2_match_data;
typedef struct cl_pcre2_match_context cl_pcre2_match_context;
typedef struct cl_pcre2_jit_stack cl_pcre2_jit_stack;

/* Opens the library and resolves the required symbols, once per process
 * (pthread_once; safe to call from any thread, cheap after the first call).
 * Returns 1 when everything required was found, 0 otherwise. */
int cl_pcre2_load(void);

/* When cl_pcre2_load() returned 0: a human-readable reason (never NULL). */
const char *cl_pcre2_load_error(void);

/* Whether this build of PCRE2 has JIT support (pcre2_config(PCRE2_CONFIG_JIT)),
 * and whether pcre2_jit_match (the fast path without sanity checks) exists. */
int cl_pcre2_jit_supported(void);

/* Library version string as reported by pcre2_config(PCRE2_CONFIG_VERSION),
 * e.g. "10.42 2022-12-11"; empty when the library is not loaded. */
const char *cl_pcre2_version(void);

/* All functions below require a prior successful cl_pcre2_load(). */

/* pcre2_compile_8. The pattern is UTF-8 of explicit length. On failure
 * returns NULL and sets *error_code and *error_offset (in code units). */
cl_pcre2_code *cl_pcre2_compile(const uint8_t *pattern, size_t length,
                                uint32_t options, int *error_code,
                                size_t *error_offset);
void cl_pcre2_code_free(cl_pcre2_code *code);

/* pcre2_jit_compile_8(code, PCRE2_JIT_COMPLETE). Returns 1 when the pattern
 * is now JIT-compiled, 0 when JIT is unavailable or failed (the interpreter
 * will then be used). */
int cl_pcre2_jit_compile(cl_pcre2_code *code);

/* pcre2_pattern_info_8. */
int cl_pcre2_pattern_info(const cl_pcre2_code *code, uint32_t what, void *where);

/* pcre2_get_error_message_8 into buffer (always NUL-terminated). */
int cl_pcre2_error_message(int error_code, uint8_t *buffer, size_t buffer_length);

cl_pcre2_match_data *cl_pcre2_match_data_create(const cl_pcre2_code *code);
void cl_pcre2_match_data_free(cl_pcre2_match_data *match_data);
/* Pointer to the ovector: 2 * (capture count + 1) size_t values, valid for
 * the lifetime of match_data. */
size_t *cl_pcre2_ovector(cl_pcre2_match_data *match_data);

/* A match context with the given match and depth limits, plus (when the
 * library has the JIT stack API) its own JIT stack growing up to
 * jit_stack_max bytes. *stack receives the JIT stack to free later, or NULL.
 * Returns NULL on allocation failure. */
cl_pcre2_match_context *cl_pcre2_match_context_create(uint32_t match_limit,
                                                      uint32_t depth_limit,
                                                      size_t jit_stack_max,
                                                      cl_pcre2_jit_stack **stack);
void cl_pcre2_match_context_free(cl_pcre2_match_context *context,
                                 cl_pcre2_jit_stack *stack);

/* Runs one match: pcre2_jit_match_8 when use_jit is non-zero and the library
 * exports it, pcre2_match_8 otherwise (which itself uses the JIT code when
 * present). Returns what PCRE2 returns: > 0 on a match (number of ovector
 * pairs set), CL_PCRE2_ERROR_NOMATCH, or another negative error code. */
int cl_pcre2_match(const cl_pcre2_code *code, const uint8_t *subject,
                   size_t length, size_t start_offset, uint32_t options,
                   cl_pcre2_match_data *match_data,
                   cl_pcre2_match_context *context, int use_jit);

/* The start of pcre2_callout_block_8 (version 0 fields, pcre2.h), what a
 * callout function receives: only callout_number is read. */
typedef struct cl_pcre2_callout_block {
    uint32_t version;
    uint32_t callout_number;
    uint32_t capture_top;
    uint32_t capture_last;
    size_t *offset_vector;
    const uint8_t *mark;
    const uint8_t *subject;
    size_t subject_length;
    size_t start_match;
    size_t current_position;
    size_t pattern_position;
    size_t next_item_length;
} cl_pcre2_callout_block;

/* Whether the library exports pcre2_set_callout_8 (every 10.x does; the
 * pattern classifier is off without it). */
int cl_pcre2_callouts_supported(void);

/* Runs a classifier pattern: an alternation whose branch n (1-based, at most
 * 255) is `(?>p)(?Cn)(*F)`. Every callout sets bit (base + n - 1) of `bits`;
 * the match itself always fails, so PCRE2 tries every branch at every start
 * position and each pattern that matches somewhere reports once or more.
 * `context` gets the callout set on it (it must be used by this thread only).
 * Returns CL_PCRE2_ERROR_NOMATCH when the scan completed, or another negative
 * PCRE2 error (a limit) when it did not: then `bits` is incomplete. */
int cl_pcre2_classify(const cl_pcre2_code *code, const uint8_t *subject,
                      size_t length, uint32_t options,
                      cl_pcre2_match_data *match_data,
                      cl_pcre2_match_context *context, int use_jit,
                      uint64_t *bits, uint32_t base);

#ifdef __cplusplus
}
#endif

#endif /* CPCRE2_H */
