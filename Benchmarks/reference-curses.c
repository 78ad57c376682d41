/* The reference for start-up: the least a curses program does to show one frame and
 * read one key. dialoog's start-up is reported as a ratio to this. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>

int main(void) {
    setlocale(LC_ALL, "");
    initscr();
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    mvaddstr(0, 1, "dialoog");
    refresh();
    getch();
    endwin();
    return 0;
}
