// Shows only the registration fields the chosen service kind needs (7.1.10); without JS every field shows.
(function () {
    const form = document.querySelector('[data-kind-form]');
    if (!form) return;
    const select = form.querySelector('[data-kind-select]');
    const update = () => {
        form.querySelectorAll('[data-kinds]').forEach(el => {
            el.hidden = !el.dataset.kinds.split(' ').includes(select.value);
        });
    };
    select.addEventListener('change', update);
    update();
})();
