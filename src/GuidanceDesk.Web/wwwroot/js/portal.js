// Portal booking helper. The form works without it; this only saves a mistake: a slot that can be held only one way
// (face to face or online) selects that way, so the handler does not refuse the booking for a mismatch.
(function () {
    'use strict';

    document.addEventListener('change', function (e) {
        var slot = e.target;
        if (!slot.matches || !slot.matches('input[name="Input.SlotId"]') || !slot.dataset.channel) {
            return;
        }
        var channel = document.querySelector('input[name="Input.Channel"][value="' + slot.dataset.channel + '"]');
        if (channel) {
            channel.checked = true;
        }
    });
})();
