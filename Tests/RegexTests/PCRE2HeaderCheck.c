/*
 * Compiled (never run) by PCRE2HeaderTests against the real pcre2.h: every
 * constant, prototype and structure layout that Sources/CPCRE2 writes by hand
 * must be what the header declares, or this file does not compile.
 *
 * Our opaque handle types are mapped onto the library's struct tags, so a
 * function-pointer type of CPCRE2.c and the header's prototype are the same
 * C type exactly when every parameter and the result agree.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>

#define cl_pcre2_code pcre2_real_code_8
#define cl_pcre2_match_data pcre2_real_match_data_8
#define cl_pcre2_match_context pcre2_real_match_context_8
#define cl_pcre2_jit_stack pcre2_real_jit_stack_8
#define cl_pcre2_general_context pcre2_real_general_context_8
#define cl_pcre2_compile_context pcre2_real_compile_context_8
#include "CPCRE2.c"

#define SAME_TYPE(ours, function) \
    _Static_assert(__builtin_types_compatible_p(ours, __typeof__(&function)), \
                   #ours " does not match " #function " in pcre2.h")
SAME_TYPE(fn_compile, pcre2_compile_8);
SAME_TYPE(fn_code_free, pcre2_code_free_8);
SAME_TYPE(fn_jit_compile, pcre2_jit_compile_8);
SAME_TYPE(fn_match_data_create_from_pattern, pcre2_match_data_create_from_pattern_8);
SAME_TYPE(fn_match_data_free, pcre2_match_data_free_8);
SAME_TYPE(fn_match, pcre2_match_8);
SAME_TYPE(fn_match, pcre2_jit_match_8);
SAME_TYPE(fn_get_ovector_pointer, pcre2_get_ovector_pointer_8);
SAME_TYPE(fn_get_error_message, pcre2_get_error_message_8);
SAME_TYPE(fn_pattern_info, pcre2_pattern_info_8);
SAME_TYPE(fn_match_context_create, pcre2_match_context_create_8);
SAME_TYPE(fn_set_limit, pcre2_set_match_limit_8);
SAME_TYPE(fn_set_limit, pcre2_set_depth_limit_8);
SAME_TYPE(fn_match_context_free, pcre2_match_context_free_8);
SAME_TYPE(fn_config, pcre2_config_8);
SAME_TYPE(fn_jit_stack_create, pcre2_jit_stack_create_8);
SAME_TYPE(fn_jit_stack_assign, pcre2_jit_stack_assign_8);
SAME_TYPE(fn_jit_stack_free, pcre2_jit_stack_free_8);
_Static_assert(__builtin_types_compatible_p(fn_jit_callback, pcre2_jit_callback_8), "fn_jit_callback differs");

/* The callout block is ours field by field (it is a complete type here). */
#define SAME_FIELD(field) \
    _Static_assert(offsetof(cl_pcre2_callout_block, field) == offsetof(pcre2_callout_block_8, field) \
                   && sizeof(((cl_pcre2_callout_block *)0)->field) == sizeof(((pcre2_callout_block_8 *)0)->field), \
                   "callout block field " #field " is misplaced")
SAME_FIELD(version);
SAME_FIELD(callout_number);
SAME_FIELD(capture_top);
SAME_FIELD(capture_last);
SAME_FIELD(offset_vector);
SAME_FIELD(mark);
SAME_FIELD(subject);
SAME_FIELD(subject_length);
SAME_FIELD(start_match);
SAME_FIELD(current_position);
SAME_FIELD(pattern_position);
SAME_FIELD(next_item_length);
/* pcre2_set_callout_8 takes int (*)(pcre2_callout_block_8 *, void *): ours
 * differs only in the block's type, whose layout is checked above. */
_Static_assert(__builtin_types_compatible_p(
                   int (*)(pcre2_match_context_8 *, int (*)(pcre2_callout_block_8 *, void *), void *),
                   __typeof__(&pcre2_set_callout_8)),
               "pcre2_set_callout_8 changed shape");

#define SAME_VALUE(ours, theirs) _Static_assert((ours) == (theirs), #ours " differs from " #theirs)
SAME_VALUE(CL_PCRE2_CASELESS, PCRE2_CASELESS);
SAME_VALUE(CL_PCRE2_DUPNAMES, PCRE2_DUPNAMES);
SAME_VALUE(CL_PCRE2_NO_AUTO_CAPTURE, PCRE2_NO_AUTO_CAPTURE);
SAME_VALUE(CL_PCRE2_MULTILINE, PCRE2_MULTILINE);
SAME_VALUE(CL_PCRE2_UCP, PCRE2_UCP);
SAME_VALUE(CL_PCRE2_UTF, PCRE2_UTF);
SAME_VALUE(CL_PCRE2_NO_UTF_CHECK, PCRE2_NO_UTF_CHECK);
SAME_VALUE(CL_PCRE2_ANCHORED, PCRE2_ANCHORED);
SAME_VALUE(CL_PCRE2_NOTEMPTY_ATSTART, PCRE2_NOTEMPTY_ATSTART);
SAME_VALUE(CL_PCRE2_JIT_COMPLETE, PCRE2_JIT_COMPLETE);
SAME_VALUE(CL_PCRE2_ERROR_NOMATCH, PCRE2_ERROR_NOMATCH);
SAME_VALUE(CL_PCRE2_ERROR_JIT_STACKLIMIT, PCRE2_ERROR_JIT_STACKLIMIT);
SAME_VALUE(CL_PCRE2_ERROR_MATCHLIMIT, PCRE2_ERROR_MATCHLIMIT);
SAME_VALUE(CL_PCRE2_ERROR_NOMEMORY, PCRE2_ERROR_NOMEMORY);
SAME_VALUE(CL_PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_DEPTHLIMIT);
SAME_VALUE(CL_PCRE2_ERROR_HEAPLIMIT, PCRE2_ERROR_HEAPLIMIT);
SAME_VALUE(CL_PCRE2_INFO_CAPTURECOUNT, PCRE2_INFO_CAPTURECOUNT);
SAME_VALUE(CL_PCRE2_INFO_FIRSTCODEUNIT, PCRE2_INFO_FIRSTCODEUNIT);
SAME_VALUE(CL_PCRE2_INFO_FIRSTCODETYPE, PCRE2_INFO_FIRSTCODETYPE);
SAME_VALUE(CL_PCRE2_INFO_FIRSTBITMAP, PCRE2_INFO_FIRSTBITMAP);
SAME_VALUE(CL_PCRE2_INFO_LASTCODEUNIT, PCRE2_INFO_LASTCODEUNIT);
SAME_VALUE(CL_PCRE2_INFO_LASTCODETYPE, PCRE2_INFO_LASTCODETYPE);
SAME_VALUE(CL_PCRE2_INFO_MINLENGTH, PCRE2_INFO_MINLENGTH);
SAME_VALUE(CL_PCRE2_INFO_NAMECOUNT, PCRE2_INFO_NAMECOUNT);
SAME_VALUE(CL_PCRE2_INFO_NAMEENTRYSIZE, PCRE2_INFO_NAMEENTRYSIZE);
SAME_VALUE(CL_PCRE2_INFO_NAMETABLE, PCRE2_INFO_NAMETABLE);
SAME_VALUE(CL_PCRE2_CONFIG_JIT, PCRE2_CONFIG_JIT);
SAME_VALUE(CL_PCRE2_CONFIG_VERSION, PCRE2_CONFIG_VERSION);
SAME_VALUE(CL_PCRE2_ZERO_TERMINATED, PCRE2_ZERO_TERMINATED);
SAME_VALUE(CL_PCRE2_UNSET, PCRE2_UNSET);
