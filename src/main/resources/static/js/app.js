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
    // Selects that submit their filter form when changed: <select data-autosubmit>
    document.querySelectorAll('select[data-autosubmit]').forEach((select) => {
        select.addEventListener('change', () => select.form.submit());
    });
});
