// libxml2's HTML parser and tree API, for ClaimKit's HTML ingest. The
// include path (/usr/include/libxml2) comes from libxml-2.0.pc.
#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and encoding.h then pulls in the
// system ICU headers, which clash with the ICU Foundation bundles. Only
// the encoding handler's private fields depend on it; ClaimKit never
// touches them, so the declarations are read without ICU.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// libxml2 prints its own messages ("encoding error : input conversion
// failed", "I/O error : encoder error") to standard error unless given
// handlers; a variadic handler can only be written in C. The handlers are
// per thread, so every thread that parses installs them.
static void crosscheck_libxml2_ignore(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static void crosscheck_libxml2_ignore_structured(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

static inline void crosscheck_libxml2_silence(void) {
    xmlSetGenericErrorFunc(NULL, crosscheck_libxml2_ignore);
    xmlSetStructuredErrorFunc(NULL, crosscheck_libxml2_ignore_structured);
}

#endif
