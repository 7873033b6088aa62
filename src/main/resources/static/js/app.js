// Behaviour shared by every page (no inline scripts: the Content-Security-Policy forbids them).
document.addEventListener('DOMContentLoaded', () => {
    // Buttons that ask before submitting: <button data-confirm="...">
    document.querySelectorAll('[data-confirm]').forEach((element) => {
        element.addEventListener('click', (event) => {
            if (!window.confirm(element.getAttribute('data-confirm'))) {
                event.preventDefault();
            }
        });
    });
    // Buttons that print the page: <button data-print>
    document.querySelectorAll('[data-print]').forEach((button) => {
        button.addEventListener('click', () => window.print());
    });
    // Selects that submit their filter form when changed: <select data-autosubmit>
    document.querySelectorAll('select[data-autosubmit]').forEach((select) => {
        select.addEventListener('change', () => select.form.submit());
    });
});
