/*
 * CPCRE2 — dlopen()-based loader for the system PCRE2 8-bit library.
 * See include/CPCRE2.h for why the library is not linked at build time and
 * where the ABI values come from.
 *
 * The prototypes below mirror the 8-bit ("_8" suffixed) exported functions of
 * pcre2.h (PCRE2 10.x, src/pcre2.h.generic); the library's opaque types are
 * the cl_pcre2_* incomplete structs of our header. PCRE2_SIZE is size_t and
 * PCRE2_SPTR8 is const uint8_t *.
 */
#include "CPCRE2.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* The library's general and compile contexts: never made here (NULL is
 * passed), named only so that each prototype matches pcre2.h exactly. */
typedef struct cl_pcre2_general_context cl_pcre2_general_context;
typedef struct cl_pcre2_compile_context cl_pcre2_compile_context;

typedef cl_pcre2_code *(*fn_compile)(const uint8_t *, size_t, uint32_t, int *,
                                     size_t *, cl_pcre2_compile_context *);
typedef void (*fn_code_free)(cl_pcre2_code *);
typedef int (*fn_jit_compile)(cl_pcre2_code *, uint32_t);
typedef cl_pcre2_match_data *(*fn_match_data_create_from_pattern)(
    const cl_pcre2_code *, cl_pcre2_general_context *);
typedef void (*fn_match_data_free)(cl_pcre2_match_data *);
typedef int (*fn_match)(const cl_pcre2_code *, const uint8_t *, size_t, size_t,
                        uint32_t, cl_pcre2_match_data *,
                        cl_pcre2_match_context *);
typedef size_t *(*fn_get_ovector_pointer)(cl_pcre2_match_data *);
typedef int (*fn_get_error_message)(int, uint8_t *, size_t);
typedef int (*fn_pattern_info)(const cl_pcre2_code *, uint32_t, void *);
typedef cl_pcre2_match_context *(*fn_match_context_create)(
    cl_pcre2_general_context *);
typedef int (*fn_set_limit)(cl_pcre2_match_context *, uint32_t);
typedef void (*fn_match_context_free)(cl_pcre2_match_context *);
typedef int (*fn_config)(uint32_t, void *);
typedef cl_pcre2_jit_stack *(*fn_jit_stack_create)(size_t, size_t,
                                                   cl_pcre2_general_context *);
typedef cl_pcre2_jit_stack *(*fn_jit_callback)(void *);
typedef void (*fn_jit_stack_assign)(cl_pcre2_match_context *, fn_jit_callback,
                                    void *);
typedef void (*fn_jit_stack_free)(cl_pcre2_jit_stack *);
typedef int (*fn_callout)(cl_pcre2_callout_block *, void *);
typedef int (*fn_set_callout)(cl_pcre2_match_context *, fn_callout, void *);

/* Resolved entry points. Written only inside load_once() (run exactly once
 * under pthread_once), read-only afterwards. */
static struct {
    fn_compile compile;
    fn_code_free code_free;
    fn_jit_compile jit_compile;
    fn_match_data_create_from_pattern match_data_create_from_pattern;
    fn_match_data_free match_data_free;
    fn_match match;
    fn_match jit_match; /* optional */
    fn_get_ovector_pointer get_ovector_pointer;
    fn_get_error_message get_error_message;
    fn_pattern_info pattern_info;
    fn_match_context_create match_context_create;
    fn_set_limit set_match_limit;
    fn_set_limit set_depth_limit;
    fn_match_context_free match_context_free;
    fn_config config;
    fn_jit_stack_create jit_stack_create; /* optional */
    fn_jit_stack_assign jit_stack_assign; /* optional */
    fn_jit_stack_free jit_stack_free;     /* optional */
    fn_set_callout set_callout;           /* optional: the classifier */
} api;

static pthread_once_t load_once_control = PTHREAD_ONCE_INIT;
static int loaded = 0;
static int jit_supported = 0;
static char load_error[512] = "PCRE2 has not been loaded";
static char version[64] = "";

static const char *const library_names[] = {
#if defined(__APPLE__)
    "libpcre2-8.0.dylib",
    "libpcre2-8.dylib",
    "/opt/homebrew/lib/libpcre2-8.0.dylib",
    "/usr/local/lib/libpcre2-8.0.dylib",
#else
    "libpcre2-8.so.0",
    "libpcre2-8.so",
#endif
};

/* dlsym returns void *; ISO C has no conversion from object to function
 * pointer, so copy the bits (the POSIX-sanctioned way, warning-free). */
static int resolve(void *handle, const char *name, void *out_fn_ptr,
                   int required) {
    void *sym = dlsym(handle, name);
    if (sym == NULL) {
        if (required) {
            snprintf(load_error, sizeof load_error,
                     "the PCRE2 library lacks the required function %s", name);
        }
        return 0;
    }
    memcpy(out_fn_ptr, &sym, sizeof sym);
    return 1;
}

static void load_once(void) {
    void *handle = NULL;
    char tried[256] = "";
    char first_error[192] = "";
    size_t count = sizeof library_names / sizeof library_names[0];
    for (size_t i = 0; i < count && handle == NULL; i++) {
        handle = dlopen(library_names[i], RTLD_NOW | RTLD_LOCAL);
        if (handle == NULL) {
            /* Report the first failure: it concerns the preferred name. */
            const char *reason = dlerror();
            if (first_error[0] == '\0') {
                snprintf(first_error, sizeof first_error, "%s",
                         reason ? reason : "not found");
            }
            size_t used = strlen(tried);
            snprintf(tried + used, sizeof tried - used, "%s%s",
                     used ? ", " : "", library_names[i]);
        }
    }
    if (handle == NULL) {
        snprintf(load_error, sizeof load_error,
                 "cannot load the PCRE2 library (tried %s): %s; install the "
                 "PCRE2 runtime (Debian/Ubuntu: libpcre2-8-0, macOS: brew "
                 "install pcre2)",
                 tried, first_error);
        return;
    }

    int ok = 1;
    ok = ok && resolve(handle, "pcre2_compile_8", &api.compile, 1);
    ok = ok && resolve(handle, "pcre2_code_free_8", &api.code_free, 1);
    ok = ok && resolve(handle, "pcre2_jit_compile_8", &api.jit_compile, 1);
    ok = ok && resolve(handle, "pcre2_match_data_create_from_pattern_8",
                       &api.match_data_create_from_pattern, 1);
    ok = ok && resolve(handle, "pcre2_match_data_free_8",
                       &api.match_data_free, 1);
    ok = ok && resolve(handle, "pcre2_match_8", &api.match, 1);
    ok = ok && resolve(handle, "pcre2_get_ovector_pointer_8",
                       &api.get_ovector_pointer, 1);
    ok = ok && resolve(handle, "pcre2_get_error_message_8",
                       &api.get_error_message, 1);
    ok = ok && resolve(handle, "pcre2_pattern_info_8", &api.pattern_info, 1);
    ok = ok && resolve(handle, "pcre2_match_context_create_8",
                       &api.match_context_create, 1);
    ok = ok && resolve(handle, "pcre2_set_match_limit_8",
                       &api.set_match_limit, 1);
    ok = ok && resolve(handle, "pcre2_set_depth_limit_8",
                       &api.set_depth_limit, 1);
    ok = ok && resolve(handle, "pcre2_match_context_free_8",
                       &api.match_context_free, 1);
    ok = ok && resolve(handle, "pcre2_config_8", &api.config, 1);
    if (!ok) {
        /* Keep the handle: it is harmless and dlclose() buys nothing. */
        return;
    }

    /* Optional extras: the JIT fast path and the JIT stack API. */
    (void)resolve(handle, "pcre2_jit_match_8", &api.jit_match, 0);
    (void)resolve(handle, "pcre2_set_callout_8", &api.set_callout, 0);
    if (!(resolve(handle, "pcre2_jit_stack_create_8", &api.jit_stack_create, 0)
          && resolve(handle, "pcre2_jit_stack_assign_8", &api.jit_stack_assign, 0)
          && resolve(handle, "pcre2_jit_stack_free_8", &api.jit_stack_free, 0))) {
        api.jit_stack_create = NULL;
        api.jit_stack_assign = NULL;
        api.jit_stack_free = NULL;
    }

    uint32_t jit = 0;
    if (api.config(CL_PCRE2_CONFIG_JIT, &jit) >= 0) {
        jit_supported = jit != 0;
    }
    /* PCRE2_CONFIG_VERSION with a NULL buffer returns the needed length in
     * code units (including the terminating zero). */
    int needed = api.config(CL_PCRE2_CONFIG_VERSION, NULL);
    if (needed > 0 && (size_t)needed <= sizeof version) {
        (void)api.config(CL_PCRE2_CONFIG_VERSION, version);
    }
    load_error[0] = '\0';
    loaded = 1;
}

int cl_pcre2_load(void) {
    (void)pthread_once(&load_once_control, load_once);
    return loaded;
}

const char *cl_pcre2_load_error(void) {
    (void)cl_pcre2_load();
    return load_error;
}

int cl_pcre2_jit_supported(void) {
    return cl_pcre2_load() && jit_supported;
}

const char *cl_pcre2_version(void) {
    (void)cl_pcre2_load();
    return version;
}

cl_pcre2_code *cl_pcre2_compile(const uint8_t *pattern, size_t length,
                                uint32_t options, int *error_code,
                                size_t *error_offset) {
    return api.compile(pattern, length, options, error_code, error_offset,
                       NULL);
}

void cl_pcre2_code_free(cl_pcre2_code *code) {
    api.code_free(code);
}

int cl_pcre2_jit_compile(cl_pcre2_code *code) {
    if (!jit_supported) {
        return 0;
    }
    return api.jit_compile(code, CL_PCRE2_JIT_COMPLETE) == 0;
}

int cl_pcre2_pattern_info(const cl_pcre2_code *code, uint32_t what,
                          void *where) {
    return api.pattern_info(code, what, where);
}

int cl_pcre2_error_message(int error_code, uint8_t *buffer,
                           size_t buffer_length) {
    if (buffer == NULL || buffer_length == 0) {
        return 0;
    }
    int rc = api.get_error_message(error_code, buffer, buffer_length);
    buffer[buffer_length - 1] = '\0';
    return rc;
}

cl_pcre2_match_data *cl_pcre2_match_data_create(const cl_pcre2_code *code) {
    return api.match_data_create_from_pattern(code, NULL);
}

void cl_pcre2_match_data_free(cl_pcre2_match_data *match_data) {
    api.match_data_free(match_data);
}

size_t *cl_pcre2_ovector(cl_pcre2_match_data *match_data) {
    return api.get_ovector_pointer(match_data);
}

cl_pcre2_match_context *cl_pcre2_match_context_create(
    uint32_t match_limit, uint32_t depth_limit, size_t jit_stack_max,
    cl_pcre2_jit_stack **stack) {
    if (stack != NULL) {
        *stack = NULL;
    }
    cl_pcre2_match_context *context = api.match_context_create(NULL);
    if (context == NULL) {
        return NULL;
    }
    (void)api.set_match_limit(context, match_limit);
    (void)api.set_depth_limit(context, depth_limit);
    if (jit_supported && stack != NULL && api.jit_stack_create != NULL
        && jit_stack_max > 32 * 1024) {
        /* Without this the JIT uses a 32 KiB stack on the machine stack,
         * which long lines with many alternations can exhaust. */
        cl_pcre2_jit_stack *jit_stack =
            api.jit_stack_create(32 * 1024, jit_stack_max, NULL);
        if (jit_stack != NULL) {
            api.jit_stack_assign(context, NULL, jit_stack);
            *stack = jit_stack;
        }
    }
    return context;
}

void cl_pcre2_match_context_free(cl_pcre2_match_context *context,
                                 cl_pcre2_jit_stack *stack) {
    if (context != NULL) {
        api.match_context_free(context);
    }
    if (stack != NULL && api.jit_stack_free != NULL) {
        api.jit_stack_free(stack);
    }
}

int cl_pcre2_match(const cl_pcre2_code *code, const uint8_t *subject,
                   size_t length, size_t start_offset, uint32_t options,
                   cl_pcre2_match_data *match_data,
                   cl_pcre2_match_context *context, int use_jit) {
    if (use_jit && api.jit_match != NULL) {
        return api.jit_match(code, subject, length, start_offset, options,
                             match_data, context);
    }
    return api.match(code, subject, length, start_offset, options, match_data,
                     context);
}

int cl_pcre2_callouts_supported(void) {
    return cl_pcre2_load() && api.set_callout != NULL;
}

/* What a classifier callout writes to. */
struct classify_target {
    uint64_t *bits;
    uint32_t base;
};

static int classify_callout(cl_pcre2_callout_block *block, void *data) {
    struct classify_target *target = data;
    uint32_t slot = target->base + block->callout_number - 1;
    target->bits[slot >> 6] |= (uint64_t)1 << (slot & 63);
    return 0;
}

int cl_pcre2_classify(const cl_pcre2_code *code, const uint8_t *subject,
                      size_t length, uint32_t options,
                      cl_pcre2_match_data *match_data,
                      cl_pcre2_match_context *context, int use_jit,
                      uint64_t *bits, uint32_t base) {
    struct classify_target target = {bits, base};
    (void)api.set_callout(context, classify_callout, &target);
    int rc = cl_pcre2_match(code, subject, length, 0, options, match_data,
                            context, use_jit);
    (void)api.set_callout(context, NULL, NULL);
    return rc;
}
