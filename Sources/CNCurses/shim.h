#ifndef DIALOOG_CNCURSES_SHIM_H
#define DIALOOG_CNCURSES_SHIM_H

// Wide-character curses: both must be defined before the header, or cchar_t and the
// wide functions (wget_wch, setcchar, wadd_wch) are left out.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// MARK: - Globals Swift cannot reach as variables

// stdscr is a macro-backed global in ncurses.
static inline WINDOW *dialoog_stdscr(void) { return stdscr; }
// COLORS is a global that is only valid after start_color().
static inline int dialoog_colors(void) { return COLORS; }
// COLOR_PAIRS likewise.
static inline int dialoog_color_pairs(void) { return COLOR_PAIRS; }
// glibc's stdin is a macro over a global FILE pointer.
static inline FILE *dialoog_stdin(void) { return stdin; }
// glibc's stdout likewise.
static inline FILE *dialoog_stdout(void) { return stdout; }

// MARK: - Macros Swift cannot import

// getmaxyx is a macro that assigns to its arguments.
static inline void dialoog_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
// COLOR_PAIR is a function-like macro.
static inline attr_t dialoog_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

// Attribute bits are macros built from NCURSES_BITS.
static inline attr_t dialoog_a_normal(void) { return A_NORMAL; }
static inline attr_t dialoog_a_bold(void) { return A_BOLD; }
static inline attr_t dialoog_a_dim(void) { return A_DIM; }
static inline attr_t dialoog_a_reverse(void) { return A_REVERSE; }
static inline attr_t dialoog_a_underline(void) { return A_UNDERLINE; }

// Colour numbers are macros.
static inline short dialoog_color_black(void) { return COLOR_BLACK; }
static inline short dialoog_color_red(void) { return COLOR_RED; }
static inline short dialoog_color_green(void) { return COLOR_GREEN; }
static inline short dialoog_color_yellow(void) { return COLOR_YELLOW; }
static inline short dialoog_color_blue(void) { return COLOR_BLUE; }
static inline short dialoog_color_magenta(void) { return COLOR_MAGENTA; }
static inline short dialoog_color_cyan(void) { return COLOR_CYAN; }
static inline short dialoog_color_white(void) { return COLOR_WHITE; }

// Key codes are macros; KEY_F(n) is function-like.
static inline int dialoog_key_resize(void) { return KEY_RESIZE; }
static inline int dialoog_key_up(void) { return KEY_UP; }
static inline int dialoog_key_down(void) { return KEY_DOWN; }
static inline int dialoog_key_left(void) { return KEY_LEFT; }
static inline int dialoog_key_right(void) { return KEY_RIGHT; }
static inline int dialoog_key_home(void) { return KEY_HOME; }
static inline int dialoog_key_end(void) { return KEY_END; }
static inline int dialoog_key_ppage(void) { return KEY_PPAGE; }
static inline int dialoog_key_npage(void) { return KEY_NPAGE; }
static inline int dialoog_key_backspace(void) { return KEY_BACKSPACE; }
static inline int dialoog_key_dc(void) { return KEY_DC; }
static inline int dialoog_key_enter(void) { return KEY_ENTER; }
static inline int dialoog_key_btab(void) { return KEY_BTAB; }
static inline int dialoog_key_mouse(void) { return KEY_MOUSE; }
static inline int dialoog_key_f(int n) { return KEY_F(n); }
// Return codes of the wide reader are macros.
static inline int dialoog_ok(void) { return OK; }
static inline int dialoog_key_code_yes(void) { return KEY_CODE_YES; }
static inline int dialoog_err(void) { return ERR; }
// Mouse masks are macros.
static inline mmask_t dialoog_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
static inline mmask_t dialoog_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t dialoog_button5_pressed(void) { return BUTTON5_PRESSED; }
// What dialoog asks for: the first button and the wheel (BUTTON4/5 are the wheel).
static inline mmask_t dialoog_mouse_mask(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED; }

// MARK: - Wide-character output

// setcchar takes a NUL-terminated wchar_t string (a base character plus combining marks)
// and fills a cchar_t; wrapping it keeps the cchar_t layout out of Swift.
static inline int dialoog_put_cell(WINDOW *w, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(w, y, x, &c);
}

// The C library's width of one character, as curses measures it. Declared here because
// glibc's header hides it unless _XOPEN_SOURCE is set before anything includes it.
extern int wcwidth(wchar_t c);
static inline int dialoog_wcwidth(wchar_t c) { return wcwidth(c); }

// A grapheme cluster a cchar_t cannot hold (a ZWJ family, a flag, a skin tone: spacing
// characters after the first, or more than CCHARW_MAX of them): curses has drawn blanks
// in its place and flushed, and this writes the cluster's UTF-8 over them, as the terminal
// joins it, in the cell's attributes; then it puts the cursor and the attributes back where
// curses believes they are (after doupdate: its cursor, no attributes).
static inline FILE **dialoog_cluster_output(void) { static FILE *output; return &output; }
static inline int dialoog_cluster_putc(int c) { return fputc(c, *dialoog_cluster_output()); }
static inline void dialoog_put_cluster(FILE *out, int y, int x, const char *utf8, attr_t attrs, short pair) {
    const char *cup = tigetstr("cup");
    if (cup == NULL || cup == (char *)-1) return;
    *dialoog_cluster_output() = out;
    fputs(tparm(cup, y, x), out);
    vid_puts(attrs, pair, NULL, dialoog_cluster_putc);
    fputs(utf8, out);
    vid_puts(A_NORMAL, 0, NULL, dialoog_cluster_putc);
    fputs(tparm(cup, getcury(curscr), getcurx(curscr)), out);
    fflush(out);
}

// The attribute that marks such a cell's blanks in curses' picture of the screen, so that
// whatever is drawn there next differs from them and is written.
static inline attr_t dialoog_a_invis(void) { return A_INVIS; }

// MARK: - Keys the terminal description names

// Ctrl-arrows have no KEY_* constant: ncurses gives them a code at run time when the
// terminal description names them (kLFT5, kRIT5). tigetstr answers (char *)-1, a value
// Swift cannot compare against safely, for a name that is not a string capability.
static inline int dialoog_key_named(const char *name) {
    char *sequence = tigetstr(name);
    if (sequence == NULL || sequence == (char *)-1) return 0;
    int code = key_defined(sequence);
    return code > 0 ? code : 0;
}

// tigetstr answers (char *)-1 for "not a string capability", a value Swift cannot compare
// with: whether the terminal can move the cursor at all (TERM=dumb cannot).
static inline int dialoog_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

#endif
