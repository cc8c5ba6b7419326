"""orgdesign.analysis"""
