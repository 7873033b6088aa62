// Draws the dashboard's charts from their data-chart attributes with ECharts. Every bar and slice
// leads to the records it counts. Decal patterns keep the series apart when printed in black and white.
(function () {
    'use strict';

    function option(data) {
        var base = {
            aria: {enabled: true, decal: {show: true}},
            animationDuration: 300,
            title: {text: data.title, left: 'center', textStyle: {fontSize: 14}},
            tooltip: {trigger: data.kind === 'pie' ? 'item' : 'axis'},
            legend: {bottom: 0, type: 'scroll'}
        };
        if (data.kind === 'pie') {
            var series = data.series[0] || {data: [], links: []};
            base.series = [{
                type: 'pie', radius: ['35%', '65%'], name: series.name,
                label: {formatter: '{b}: {c}'},
                data: data.categories.map(function (name, i) {
                    return {name: name, value: series.data[i], link: series.links[i]};
                })
            }];
            return base;
        }
        base.grid = {left: 50, right: 20, top: 50, bottom: 60, containLabel: true};
        base.xAxis = {type: 'category', data: data.categories, axisLabel: {interval: 0, rotate: data.categories.length > 6 ? 30 : 0}};
        base.yAxis = {type: 'value', name: data.unit};
        base.series = data.series.map(function (s) {
            return {
                type: 'bar', name: s.name, label: {show: data.categories.length <= 8, position: 'top'},
                data: s.data.map(function (value, i) {
                    return {value: value, link: s.links[i]};
                })
            };
        });
        return base;
    }

    document.addEventListener('DOMContentLoaded', function () {
        var charts = [];
        document.querySelectorAll('.chart[data-chart]').forEach(function (element) {
            var data = JSON.parse(element.getAttribute('data-chart'));
            var chart = echarts.init(element, null, {renderer: 'canvas'});
            chart.on('finished', function () {
                element.setAttribute('data-rendered', 'true');
            });
            chart.on('click', function (params) {
                if (params.data && params.data.link) {
                    window.location.href = params.data.link;
                }
            });
            chart.setOption(option(data));
            charts.push(chart);
        });
        window.addEventListener('resize', function () {
            charts.forEach(function (chart) { chart.resize(); });
        });
        window.addEventListener('beforeprint', function () {
            charts.forEach(function (chart) { chart.resize(); });
        });
    });
}());
