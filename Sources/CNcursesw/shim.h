// The only C in the package: what Swift cannot import from ncursesw by
// itself. SwiftPM drops the -D_XOPEN_SOURCE=600 that ncursesw.pc asks for,
// so the wide-character API has to be switched on here; macros (attributes,
// mouse masks, stdscr) do not import, so they are wrapped as functions.
#ifndef CROSSCHECK_CNCURSESW_SHIM_H
#define CROSSCHECK_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

// Glibc declares wcwidth only under _XOPEN_SOURCE.
int wcwidth(wchar_t c);

static inline attr_t cc_attr_normal(void) { return A_NORMAL; }
static inline attr_t cc_attr_bold(void) { return A_BOLD; }
static inline attr_t cc_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t cc_attr_reverse(void) { return A_REVERSE; }
static inline attr_t cc_attr_dim(void) { return A_DIM; }
static inline attr_t cc_attr_italic(void) { return A_ITALIC; }

// newterm on standard output, reading keys from standard input, or from
// the controlling terminal when an article came in on standard input.
// (Swift 6 does not allow touching C's stdout and stdin globals.)
static inline SCREEN *cc_open_screen(void) {
    FILE *input = stdin;
    if (!isatty(STDIN_FILENO)) {
        input = fopen("/dev/tty", "r");
        if (input == NULL) return NULL;
    }
    return newterm(NULL, stdout, input);
}
static inline WINDOW *cc_stdscr(void) { return stdscr; }
static inline int cc_height(WINDOW *window) { return getmaxy(window); }
static inline int cc_width(WINDOW *window) { return getmaxx(window); }
static inline int cc_colors(void) { return COLORS; }
static inline int cc_color_pairs(void) { return COLOR_PAIRS; }

static inline int cc_is_utf8_locale(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// Draws one cell: a spacing character and up to four combining ones.
static inline int cc_put_cell(WINDOW *window, int y, int x, const wchar_t *text, attr_t attributes, int pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, (short)pair, NULL) != OK) return ERR;
    return mvwadd_wch(window, y, x, &cell);
}

static inline mmask_t cc_mouse_events(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int cc_is_click(mmask_t state) { return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int cc_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int cc_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

// Leaves curses mode once, whoever asks first: the normal exit, atexit,
// or a signal handler. endwin is what ncurses' own handlers call too.
static volatile sig_atomic_t cc_curses_active = 0;

static inline void cc_restore_terminal(void) {
    if (cc_curses_active) {
        cc_curses_active = 0;
        endwin();
    }
}

static inline void cc_mark_curses_active(void) { cc_curses_active = 1; }

static void cc_restore_and_reraise(int signal_number) {
    cc_restore_terminal();
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static void cc_restore_at_exit(void) { cc_restore_terminal(); }

// Termination and crash signals restore the terminal, then take their
// default course, so the exit status still says what happened.
static inline void cc_install_restoring_handlers(void) {
    static const int signals[] = {SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cc_restore_and_reraise;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaction(signals[i], &action, NULL);
    atexit(cc_restore_at_exit);
}

// Ctrl-Z arrives as a key in raw mode: leave curses mode, stop like the
// shell expects, and come back when continued.
static inline void cc_suspend(void) {
    cc_restore_terminal();
    struct sigaction previous, stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &previous);
    // A parent may have started us with SIGTSTP blocked; it must get through.
    sigset_t only_stop, saved_mask;
    sigemptyset(&only_stop);
    sigaddset(&only_stop, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &only_stop, &saved_mask);
    raise(SIGTSTP);
    sigprocmask(SIG_SETMASK, &saved_mask, NULL);
    sigaction(SIGTSTP, &previous, NULL);
    cc_curses_active = 1;
}

#endif
